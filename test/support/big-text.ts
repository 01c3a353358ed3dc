import type { Deal } from '@/lib/model';
import { benchDeal } from '../bench/generate';

export const MB = 1 << 20;

/**
 * `length` characters of text as a PM pastes it (a long e-mail thread, a
 * contract annex): lines of words, numbered so no two lines are the same and
 * a lost or moved byte shows. `label` opens it, so each field's text differs.
 */
export function bigText(label: string, length = MB): string {
  const lines = [label];
  let size = label.length;
  for (let i = 1; size < length; i++) {
    const line = `${i}. The customer asked again about phase ${i % 7} scope, the invoice schedule and who signs off the pilot — café, naïve, 日本.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n').slice(0, length);
}

/**
 * A deal whose notes, billing notes and one special term are each `length`
 * characters (issue 18: a pasted thread in each free-text field), or, with
 * `notesOnly`, only its notes.
 */
export function bigTextDeal(id: string, { length = MB, notesOnly = false }: { length?: number; notesOnly?: boolean } = {}): Deal {
  const deal = { ...benchDeal(0), id, name: 'Big text rollout', account: 'Big Text Corp', notes: bigText('Notes', length) };
  if (notesOnly) return deal;
  return {
    ...deal,
    billing: { model: 'milestone', paymentTermsDays: 45, notes: bigText('Billing notes', length) },
    specialTerms: [...deal.specialTerms, { id: 't2', text: bigText('Term 2', length), dueOn: '2027-03-01', remindDaysBefore: 7 }],
  };
}
