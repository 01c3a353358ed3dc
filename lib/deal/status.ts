import type { Deliverable, SpecialTerm } from '@/lib/model';
import { daysBetween } from '../dates';

/** How pressing one item is: `none` when there is nothing to judge (no date, nothing promised). */
export type ItemLevel = 'ok' | 'warning' | 'danger' | 'none';

export interface TermStatus {
  /** Calendar days from today to the due day; negative once past, null without a due day. */
  daysLeft: number | null;
  level: ItemLevel;
}

/**
 * A special term is `danger` once its due day is past, `warning` from
 * `remindDaysBefore` (else the user's default) days before it up to and
 * including the due day, `ok` before that, `none` without a due day.
 */
export function termStatus(
  term: Pick<SpecialTerm, 'dueOn' | 'remindDaysBefore'>,
  today: string,
  defaultRemindDays: number,
): TermStatus {
  if (!term.dueOn) return { daysLeft: null, level: 'none' };
  const daysLeft = daysBetween(today, term.dueOn);
  const remind = term.remindDaysBefore ?? defaultRemindDays;
  const level: ItemLevel = daysLeft < 0 ? 'danger' : daysLeft <= remind ? 'warning' : 'ok';
  return { daysLeft, level };
}

/** Whether an address belongs to Sales (e.g. a `people` entry with role `sales`). */
export type IsSales = (email: string) => boolean;

/**
 * A promised deliverable the PM has not confirmed is `warning`, and `danger`
 * once its promised day is past. A confirmed one is `ok`; one nobody
 * promised (no `promisedBy`, no `promisedOn`) is `none`.
 *
 * `ownerIsSales`, when given, says who counts as Sales: a promise made by
 * someone known not to be Sales (the PM's own plan) is no warning while its
 * day is ahead; it still turns `danger` once the day is past unconfirmed.
 */
export function deliverableStatus(
  d: Pick<Deliverable, 'promisedOn' | 'promisedBy' | 'pmConfirmed'>,
  today: string,
  ownerIsSales?: IsSales,
): ItemLevel {
  if (d.pmConfirmed) return 'ok';
  if (!d.promisedBy && !d.promisedOn) return 'none';
  if (d.promisedOn && daysBetween(today, d.promisedOn) < 0) return 'danger';
  if (d.promisedBy && ownerIsSales && !ownerIsSales(d.promisedBy)) return 'ok';
  return 'warning';
}

/**
 * The PM refused a promised deliverable (the loose `pmRefused`, lib/model/BACKUP-FORMAT.md):
 * decided, so no reminder asks to confirm it, but a promise the customer
 * will not get is a risk to agree with them. Written here, zod-free, for
 * the content scripts too.
 */
export function isRefused(d: object): boolean {
  return (d as { pmRefused?: unknown }).pmRefused === true;
}

/** Days from today to the promised day, null without one. */
export function deliverableDaysLeft(d: Pick<Deliverable, 'promisedOn'>, today: string): number | null {
  return d.promisedOn ? daysBetween(today, d.promisedOn) : null;
}
