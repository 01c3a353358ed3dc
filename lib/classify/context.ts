import type { Hit } from './patterns/match';
import { AUTO_REPLY_SUBJECT, AUTO_REPLY_TEXT, AUTOMATED_ADDRESS, AUTOMATED_TEXT, NON_SALES_TITLE, SALES_TITLE } from './patterns/sender';
import type { DealStage, SenderRole } from './types';

/** Where the deal is, as far as the labels care. */
export type StageClass = 'unsigned' | 'signed' | 'closed' | 'unknown';

export interface ResolvedStage {
  stage: StageClass;
  /** True when taken from the text, not from the linked deal. */
  guessed: boolean;
  evidence: Hit[];
}

/** `cues` is read only when the deal's stage is not known (issue 18: the text's stage cues are then not looked for). */
export function resolveStage(stage: DealStage | null, cues: () => { unsigned: Hit[]; signed: Hit[] }): ResolvedStage {
  switch (stage) {
    case 'prospect':
    case 'negotiation':
      return { stage: 'unsigned', guessed: false, evidence: [] };
    case 'signed':
    case 'delivering':
      return { stage: 'signed', guessed: false, evidence: [] };
    case 'closed':
      return { stage: 'closed', guessed: false, evidence: [] };
    default: {
      const { unsigned, signed } = cues();
      // Open-deal cues win: "once they sign we kick off" mentions kickoff too.
      if (unsigned.length > 0) return { stage: 'unsigned', guessed: true, evidence: unsigned.slice(0, 2) };
      if (signed.length > 0) return { stage: 'signed', guessed: true, evidence: signed.slice(0, 2) };
      return { stage: 'unknown', guessed: true, evidence: [] };
    }
  }
}

export type RoleClass = 'sales' | 'not-sales' | 'automated';

export interface ResolvedRole {
  role: RoleClass;
  guessed: boolean;
}

/**
 * An out-of-office auto-reply is automated whoever sent it. Otherwise the
 * roster's answer when there is one. Otherwise automated mail is spotted
 * by address and footer, and a job title in the signature decides; with no
 * clue at all we assume Sales (the rules still need Sales-shaped language).
 */
export function resolveRole(role: SenderRole | null, fromEmail: string, rawTop: string, subject = ''): ResolvedRole {
  if (AUTO_REPLY_SUBJECT.test(subject) || AUTO_REPLY_TEXT.test(rawTop.slice(0, 1_500))) {
    return { role: 'automated', guessed: role === null };
  }
  if (role !== null) return { role: role === 'sales' ? 'sales' : 'not-sales', guessed: false };
  if (AUTOMATED_ADDRESS.test(fromEmail) || AUTOMATED_TEXT.test(rawTop)) return { role: 'automated', guessed: true };
  const tail = rawTop.slice(-600);
  if (SALES_TITLE.test(tail)) return { role: 'sales', guessed: true };
  if (NON_SALES_TITLE.test(tail)) return { role: 'not-sales', guessed: true };
  return { role: 'sales', guessed: true };
}
