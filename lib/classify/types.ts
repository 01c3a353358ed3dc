/**
 * Public types of the request classifier. The label order is the precedence
 * order: when several labels fit, the earlier one wins.
 */
import { DEAL_STAGES, REQUEST_LABELS } from '@/lib/model';
import type { EvidenceId } from './ids';

/** The request labels of the backup format, in precedence order. */
export const LABELS = REQUEST_LABELS;

export type Label = (typeof LABELS)[number];

export const SENDER_ROLES = ['sales', 'pm', 'customer', 'exec', 'other'] as const;
export type SenderRole = (typeof SENDER_ROLES)[number];

export { DEAL_STAGES };
export type DealStage = (typeof DEAL_STAGES)[number];

export interface Address {
  name: string;
  email: string;
}

export interface EmailInput {
  from: Address;
  to?: Address[];
  cc?: Address[];
  subject: string;
  date?: string;
  body: string;
}

/** What the roster and the linked deal say; either may be unknown. */
export interface ClassifyContext {
  senderRole: SenderRole | null;
  dealStage: DealStage | null;
  /** The PM reading the mail (own address from settings); asks aimed at others are not theirs. */
  reader?: Address | null;
}

/** A span of `newestMessage` that made a rule fire. `end` is exclusive. */
export interface Evidence {
  /** What was found and where it counted (`ids.ts`); code keys on this, never on `reason`. */
  id: EvidenceId;
  start: number;
  end: number;
  text: string;
  /** For the PM to read; may be reworded. */
  reason: string;
}

export interface ClassifyResult {
  label: Label;
  /** 0..1; lower when the role or stage had to be guessed or the cues are weak. */
  confidence: number;
  /** The newest message after stripping history, signature and boilerplate. */
  newestMessage: string;
  evidence: Evidence[];
  /**
   * Information, not a flag: "Sales asked Legal; you are on cc". Set when a
   * Sales ask in the mail was aimed at someone other than the reader.
   */
  note?: string;
}

export function isLabel(x: unknown): x is Label {
  return typeof x === 'string' && (LABELS as readonly string[]).includes(x);
}
