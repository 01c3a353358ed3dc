import type { ErrorCode } from './protocol';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A typed failure from the background, as the caller sees it. */
export class HandoffError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'HandoffError';
  }
}
