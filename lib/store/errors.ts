/**
 * Errors the store reports to the user, by code (lib/messaging maps them).
 * `conflict`: a save built on a version of the record that changed since.
 */
export type StoreErrorCode = 'invalid' | 'not-found' | 'conflict' | 'quota' | 'blocked' | 'internal';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const QUOTA_MESSAGE =
  'The browser refused to store more data (storage quota exceeded). Free disk space or delete old deals, then try again. Nothing was saved.';

/** Maps IndexedDB failures to errors a user can act on. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new StoreError('quota', QUOTA_MESSAGE);
  const message = e instanceof Error ? e.message : String(e);
  return new StoreError('internal', `Storage failed: ${message}`);
}

/** Aborts a transaction whose `done` nobody awaits any more, without an
 * unhandled rejection. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  tx.abort();
}

/**
 * A write whose request failed (a value IndexedDB cannot clone, a full
 * disk) aborts its transaction, and `tx.done` rejects even when nobody is
 * left awaiting it. Handle that here so it never surfaces as an unhandled
 * rejection; callers that await `tx.done` still see the failure.
 */
export function settled<T extends { done: Promise<void> }>(tx: T): T {
  tx.done.catch(() => {});
  return tx;
}

/** Runs a store operation and reports any IndexedDB failure as a StoreError. */
export async function withStoreErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw toStoreError(e);
  }
}
