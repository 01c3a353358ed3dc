import type { Deal } from '@/lib/model';
import { dealToDraft, type DealDraft } from './deal-draft';
import { sameValue } from './same-value';

/**
 * The user's unsaved edits put on a newer stored version of the deal (after
 * a save was refused because the deal changed elsewhere): every form field
 * the user changed keeps the user's value, every other field takes the
 * newer one. So a link added from Gmail meanwhile survives an edit of the
 * notes; only a field both sides changed takes the user's value, and the
 * user chose that by asking for it.
 */
export function rebaseDraft(draft: DealDraft, base: Deal, remote: Deal): DealDraft {
  const started = dealToDraft(base);
  const out: DealDraft = dealToDraft(remote);
  for (const field of Object.keys(draft) as Array<keyof DealDraft>) {
    if (!sameValue(draft[field], started[field])) (out as unknown as Record<string, unknown>)[field] = draft[field];
  }
  return out;
}
