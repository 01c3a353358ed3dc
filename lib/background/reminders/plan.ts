import type { Deal } from '@/lib/model';
import { DEFAULT_REMIND_DAYS } from '@/lib/model/constants';
import { formatDay, isRefused } from '@/lib/deal';
import { clip } from '@/lib/text';
import { DAY_MS, dayNumber, dayOfNumber } from '@/lib/dates';
import { parseReminderId, reminderId, type ReminderKind } from './ids';
import { emptyState, type ReminderEntry, type ReminderState } from './state';

/** Chrome allows an extension 500 alarms at once. */
export const MAX_ALARMS = 500;
/** Reminders go off at this local hour of their day. */
export const REMIND_HOUR = 9;
/** Days before a promised deliverable's day. */
export const DELIVERABLE_LEAD_DAYS = 7;

export interface Reminder {
  id: string;
  kind: ReminderKind;
  dealId: string;
  /** The special term's or deliverable's id. */
  itemId: string;
  /** The local day it is for (`YYYY-MM-DD`). */
  day: string;
  /** When it fires (epoch ms): `baseWhen`, or the end of its snooze. */
  when: number;
  /** Local 09:00 of `day`. */
  baseWhen: number;
  title: string;
  message: string;
  /** Fired at a start after its time had passed with the browser closed. */
  missed?: boolean;
}

export interface PlanOptions {
  /** The clock (epoch ms). */
  now: number;
  /** For terms without `remindDaysBefore` (the user's setting). */
  defaultRemindDays?: number;
  /** Fired, snoozed and done marks (storage.local). */
  state?: ReminderState;
  /** Planned at browser start: reminders whose time passed meanwhile are "missed". */
  startup?: boolean;
  /** Alarms available (tests lower it). */
  maxAlarms?: number;
}

export interface ReminderPlan {
  /** How many reminders are still to come. */
  pending: number;
  /** The alarms to set, nearest first: every reminder to come when they
   * fit, else the nearest `maxAlarms − 1` (the last alarm is the chain). */
  alarms: Reminder[];
  /** When the chain alarm re-plans (the last scheduled time), null when all fit. */
  chainAt: number | null;
  /** Reminders to show now: their time passed since the last plan (missed,
   * or an alarm that has not gone off yet) or earlier today (a term added
   * today whose lead day is today). Already marked fired in `state`. */
  fireNow: Reminder[];
  /** The state to store: `lastCheck` = now, `fireNow` marked fired, marks of
   * reminders that no longer exist or can no longer fire dropped. */
  state: ReminderState;
}

/** Local `hour`:00 of a `YYYY-MM-DD` day, as epoch ms. */
export function localTime(day: string, hour = REMIND_HOUR): number {
  const n = dayNumber(day);
  if (n === null) throw new RangeError(`not a day: ${JSON.stringify(day)}`);
  return localTimeOfDayNumber(n, hour);
}

function localTimeOfDayNumber(n: number, hour = REMIND_HOUR): number {
  const u = new Date(n * DAY_MS);
  const t = new Date(0);
  t.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  t.setHours(hour, 0, 0, 0);
  return t.getTime();
}

function startOfDay(now: number): number {
  const t = new Date(now);
  t.setHours(0, 0, 0, 0);
  return t.getTime();
}

function inDays(n: number): string {
  return n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;
}

/** One reminder before it is needed in full: ids and text are built only for those scheduled or shown. */
interface Candidate {
  kind: ReminderKind;
  deal: Deal;
  item: number;
  day: number;
  baseWhen: number;
  when: number;
  id: string | null;
}

function idOf(c: Candidate): string {
  if (c.id === null) {
    const item = c.kind === 'deliverable' ? c.deal.deliverables[c.item]! : c.deal.specialTerms[c.item]!;
    c.id = reminderId(c.kind, c.deal.id, item.id);
  }
  return c.id;
}

function materialize(c: Candidate, defaultRemindDays: number, missed = false): Reminder {
  const { deal, kind } = c;
  const day = dayOfNumber(c.day);
  let title: string;
  let message: string;
  let itemId: string;
  if (kind === 'deliverable') {
    const d = deal.deliverables[c.item]!;
    itemId = d.id;
    title = `Promised for ${formatDay(d.promisedOn!)}: ${clip(d.name, 60)}`;
    message = `${clip(deal.name, 60)}: promised by ${d.promisedBy}, not confirmed by you yet.`;
  } else {
    const term = deal.specialTerms[c.item]!;
    itemId = term.id;
    message = clip(term.text, 140);
    title =
      kind === 'term-due'
        ? `Due today: ${clip(deal.name, 60)}`
        : `Due ${inDays(term.remindDaysBefore ?? defaultRemindDays)} (${formatDay(term.dueOn!)}): ${clip(deal.name, 60)}`;
  }
  if (missed) message = `${message} (missed while the browser was closed)`;
  return { id: idOf(c), kind, dealId: deal.id, itemId, day, when: c.when, baseWhen: c.baseWhen, title, message, ...(missed && { missed }) };
}

/**
 * Every reminder of `deals` and what to do with it now. Pure: the clock
 * and the stored marks come in, alarms to set and notifications to show
 * go out.
 *
 * - A special term with `dueOn`: one `remindDaysBefore` (else the default)
 *   days before, one on the due day (just the one when the lead is 0).
 * - A deliverable Sales promised (`promisedBy`) for a `promisedOn` day and
 *   the PM has not confirmed: one 7 days before.
 * - Closed deals remind of nothing. Each at local 09:00 of its day.
 * - A reminder whose time passed fires once: when it passed after the last
 *   plan (missed while the browser was closed) or earlier today; older ones
 *   (a backup full of past terms) stay quiet: the badge shows them.
 */
export function planReminders(deals: readonly Deal[], opts: PlanOptions): ReminderPlan {
  const { now, startup = false } = opts;
  const defaultRemindDays = opts.defaultRemindDays ?? DEFAULT_REMIND_DAYS;
  const maxAlarms = Math.max(1, opts.maxAlarms ?? MAX_ALARMS);
  const prev = opts.state ?? emptyState();
  const lastCheck = prev.lastCheck;
  const todayStart = startOfDay(now);

  // Many deals share days: parse each day and work out its 09:00 once.
  const dayNums = new Map<string, number | null>();
  const dayOf = (s: string) => {
    let n = dayNums.get(s);
    if (n === undefined) dayNums.set(s, (n = dayNumber(s)));
    return n;
  };
  const times = new Map<number, number>();
  const timeOf = (n: number) => {
    let t = times.get(n);
    if (t === undefined) times.set(n, (t = localTimeOfDayNumber(n)));
    return t;
  };
  // Only deals with marks need their reminders' ids to look them up.
  const marked = new Set<string>();
  for (const id of Object.keys(prev.items)) {
    const ref = parseReminderId(id);
    if (ref) marked.add(ref.dealId);
  }

  const upcoming: Candidate[] = [];
  const late: Array<{ c: Candidate; missed: boolean }> = [];
  const items: Record<string, ReminderEntry> = {};

  const consider = (kind: ReminderKind, deal: Deal, item: number, day: number, check: boolean) => {
    const baseWhen = timeOf(day);
    const c: Candidate = { kind, deal, item, day, baseWhen, when: baseWhen, id: null };
    const entry = check ? prev.items[idOf(c)] : undefined;
    if (entry) {
      const id = c.id!;
      if (entry.done !== undefined) {
        items[id] = { done: entry.done };
        return;
      }
      // A snooze holds while the reminder's own time is the one it was snoozed at.
      if (entry.snooze !== undefined && entry.base === baseWhen) c.when = entry.snooze;
      const keep: ReminderEntry = {};
      if (c.when !== baseWhen && c.when >= todayStart) Object.assign(keep, { snooze: entry.snooze, base: entry.base });
      // A fired mark matters while this time could still come up again.
      if (entry.fired !== undefined && entry.fired >= todayStart) Object.assign(keep, { fired: entry.fired, base: entry.base });
      if (Object.keys(keep).length) items[id] = keep;
      if (entry.fired === c.when) return;
    }
    if (c.when > now) upcoming.push(c);
    else if ((lastCheck !== null && c.when > lastCheck) || c.when >= todayStart) {
      late.push({ c, missed: startup && lastCheck !== null && c.when > lastCheck });
    }
  };

  for (const deal of deals) {
    if (deal.stage === 'closed') continue;
    const check = marked.has(deal.id);
    const terms = deal.specialTerms;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      if (!term.dueOn) continue;
      const due = dayOf(term.dueOn);
      if (due === null) continue;
      const lead = term.remindDaysBefore ?? defaultRemindDays;
      if (lead > 0) consider('term-lead', deal, i, due - lead, check);
      consider('term-due', deal, i, due, check);
    }
    const delivs = deal.deliverables;
    for (let i = 0; i < delivs.length; i++) {
      const d = delivs[i]!;
      // Confirmed or refused: the PM decided, there is nothing left to remind of.
      if (!d.promisedBy || d.pmConfirmed || isRefused(d) || !d.promisedOn) continue;
      const promised = dayOf(d.promisedOn);
      if (promised === null) continue;
      consider('deliverable', deal, i, promised - DELIVERABLE_LEAD_DAYS, check);
    }
  }

  // Stable: equal times keep the deals' order.
  upcoming.sort((a, b) => a.when - b.when);
  late.sort((a, b) => a.c.when - b.c.when);
  const fits = upcoming.length <= maxAlarms;
  const scheduled = fits ? upcoming : upcoming.slice(0, maxAlarms - 1);
  const chainAt = fits ? null : (scheduled[scheduled.length - 1] ?? upcoming[0]!).when;
  const alarms = scheduled.map((c) => materialize(c, defaultRemindDays));
  const fireNow = late.map(({ c, missed }) => materialize(c, defaultRemindDays, missed));
  for (const r of fireNow) items[r.id] = { ...items[r.id], fired: r.when, base: r.baseWhen };
  return { pending: upcoming.length, alarms, chainAt, fireNow, state: { v: 1, lastCheck: now, items } };
}
