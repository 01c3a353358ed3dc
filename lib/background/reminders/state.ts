import { DAY_MS } from '@/lib/dates';
import { parseReminderId, termReminderIds } from './ids';

/** "Snooze 1 day". */
export const SNOOZE_MS = DAY_MS;

/**
 * What happened to one reminder, kept in `storage.local` so that it fires
 * once: `fired` is the time it fired for (a reminder whose time changes,
 * because its due day moved or it was snoozed, is pending again), `base`
 * the unsnoozed time it had then (a snooze applies only while that holds),
 * `snooze` when a snoozed reminder fires again, `done` when the PM marked
 * it done (for good, whatever its day).
 */
export interface ReminderEntry {
  fired?: number;
  base?: number;
  snooze?: number;
  done?: number;
}

export interface ReminderState {
  v: 1;
  /** When reminders were last planned; a reminder due after it and before
   * the next plan was missed (the browser was closed, the worker asleep). */
  lastCheck: number | null;
  items: Record<string, ReminderEntry>;
}

export const STATE_KEY = 'handoff:reminders';

export function emptyState(): ReminderState {
  return { v: 1, lastCheck: null, items: {} };
}

/** Reads the stored state; anything malformed counts as empty (it only ever loses "fired" marks). */
export function parseState(raw: unknown): ReminderState {
  if (!raw || typeof raw !== 'object') return emptyState();
  const r = raw as Partial<ReminderState>;
  if (r.v !== 1 || !r.items || typeof r.items !== 'object') return emptyState();
  const items: Record<string, ReminderEntry> = {};
  for (const [id, e] of Object.entries(r.items)) {
    if (!e || typeof e !== 'object') continue;
    const entry: ReminderEntry = {};
    for (const k of ['fired', 'base', 'snooze', 'done'] as const) if (typeof e[k] === 'number') entry[k] = e[k];
    items[id] = entry;
  }
  return { v: 1, lastCheck: typeof r.lastCheck === 'number' ? r.lastCheck : null, items };
}

function withEntry(state: ReminderState, id: string, patch: ReminderEntry): ReminderState {
  return { ...state, items: { ...state.items, [id]: { ...state.items[id], ...patch } } };
}

/** Marks a reminder fired for its current time (`when`) and unsnoozed time (`baseWhen`). */
export function markFired(state: ReminderState, r: { id: string; when: number; baseWhen: number }): ReminderState {
  return withEntry(state, r.id, { fired: r.when, base: r.baseWhen });
}

/** "Snooze 1 day": the reminder fires again `SNOOZE_MS` after `now`. */
export function snooze(state: ReminderState, id: string, now: number, baseWhen?: number): ReminderState {
  const base = baseWhen ?? state.items[id]?.base;
  return withEntry(state, id, { snooze: now + SNOOZE_MS, ...(base !== undefined && { base }) });
}

/** "Done": never fires again. Done on either reminder of a term settles the term (both). */
export function markDone(state: ReminderState, id: string, now: number): ReminderState {
  const ref = parseReminderId(id);
  const ids = ref && ref.kind !== 'deliverable' ? termReminderIds(ref.dealId, ref.itemId) : [id];
  return ids.reduce((s, i) => withEntry(s, i, { done: now }), state);
}
