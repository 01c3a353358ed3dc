/**
 * Reminder ids double as alarm names and notification ids, so they say
 * what they are about: `term:<dealId>:<termId>:lead|due` and
 * `deliv:<dealId>:<deliverableId>:7d`. Each part is URI-encoded, so a `:`
 * inside a deal or item id never makes an id ambiguous.
 */
export type ReminderKind = 'term-lead' | 'term-due' | 'deliverable';

export interface ReminderRef {
  kind: ReminderKind;
  dealId: string;
  itemId: string;
}

const PARTS: Record<ReminderKind, readonly [prefix: string, slot: string]> = {
  'term-lead': ['term', 'lead'],
  'term-due': ['term', 'due'],
  deliverable: ['deliv', '7d'],
};

export function reminderId(kind: ReminderKind, dealId: string, itemId: string): string {
  const [prefix, slot] = PARTS[kind];
  return `${prefix}:${encodeURIComponent(dealId)}:${encodeURIComponent(itemId)}:${slot}`;
}

/** The reminder an alarm or notification id names, or null when it names none. */
export function parseReminderId(id: string): ReminderRef | null {
  const parts = id.split(':');
  if (parts.length !== 4) return null;
  const [prefix, deal, item, slot] = parts as [string, string, string, string];
  const kind: ReminderKind | null =
    prefix === 'term' && slot === 'lead' ? 'term-lead'
    : prefix === 'term' && slot === 'due' ? 'term-due'
    : prefix === 'deliv' && slot === '7d' ? 'deliverable'
    : null;
  if (!kind || !deal || !item) return null;
  try {
    return { kind, dealId: decodeURIComponent(deal), itemId: decodeURIComponent(item) };
  } catch {
    return null;
  }
}

/** Both reminders of a term: "Done" on either one settles the term. */
export function termReminderIds(dealId: string, termId: string): [lead: string, due: string] {
  return [reminderId('term-lead', dealId, termId), reminderId('term-due', dealId, termId)];
}

/** The alarm that re-plans once the scheduled ones run out (Chrome's 500-alarm cap). */
export const CHAIN_ALARM = 'reminders:chain';
/** The notification that groups many reminders missed while the browser was closed. */
export const MISSED_NOTIFICATION = 'reminders:missed';

/** Whether an alarm name is one of ours (so a re-plan may clear it). */
export function isReminderAlarm(name: string): boolean {
  return name === CHAIN_ALARM || parseReminderId(name) !== null;
}
