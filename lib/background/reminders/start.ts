import { browser } from 'wxt/browser';
import type { Deal } from '@/lib/model';
import { getDeal, getSettings, listDeals, listRequests, type DbHandle } from '@/lib/store';
import { onDataChanged, type StoreName } from '@/lib/sync/signal';
import { dealView } from '@/lib/options/routes';
import { localDay } from '@/lib/dates';
import {
  CHAIN_ALARM,
  MAX_ALARMS,
  MISSED_NOTIFICATION,
  STATE_KEY,
  badgeSummary,
  isReminderAlarm,
  markDone,
  markFired,
  parseReminderId,
  parseState,
  planReminders,
  snooze,
  type Reminder,
  type ReminderState,
} from '@/lib/background/reminders';
import { showActionBadge, type BadgeColors } from '../action-badge';

/** Re-reads the badge when the day turns (a term passes its due day with no data change). */
export const DAILY_ALARM = 'reminders:daily';
/** More reminders than this fire at once (a start after a long absence) are grouped in one notification. */
export const MAX_SINGLE_NOTIFICATIONS = 3;
export const ICON_PATH = '/icon/128.png';
/** Data changes come in bursts (an import, typing in the editor): one re-plan per burst. */
const DEBOUNCE_MS = 250;
const WATCHED: readonly StoreName[] = ['deals', 'settings', 'requests'];

export interface ReminderDeps {
  db: DbHandle;
  /** The toolbar badge's colours (from the UI kit's tokens). */
  badgeColors: BadgeColors;
  now?: () => number;
}

export interface RemindersController {
  /** Re-plans the alarms, shows what is due, updates the badge. Resolves when done. */
  refresh(opts?: { startup?: boolean }): Promise<void>;
  /** What an alarm does (exported for tests). */
  onAlarm(name: string): Promise<void>;
  onButton(id: string, index: number): Promise<void>;
  onClick(id: string): Promise<void>;
  /** Resolves once queued work is done (tests). */
  idle(): Promise<void>;
}

async function loadState(): Promise<ReminderState> {
  const got = await browser.storage.local.get(STATE_KEY);
  return parseState(got[STATE_KEY]);
}

async function saveState(state: ReminderState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

async function notify(id: string, title: string, message: string, buttons: boolean): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL(ICON_PATH as '/'),
    title,
    message,
    ...(buttons && { buttons: [{ title: 'Snooze 1 day' }, { title: 'Done' }] }),
  };
  try {
    await browser.notifications.create(id, options);
  } catch {
    // Firefox has no notification buttons; without them a click still opens the deal.
    const { buttons: _drop, ...plain } = options as typeof options & { buttons?: unknown };
    await browser.notifications.create(id, plain);
  }
}

async function showReminders(reminders: readonly Reminder[]): Promise<void> {
  if (reminders.length <= MAX_SINGLE_NOTIFICATIONS) {
    for (const r of reminders) await notify(r.id, r.title, r.message, true);
    return;
  }
  const missed = reminders.some((r) => r.missed);
  const lines = reminders.slice(0, 3).map((r) => r.title);
  if (reminders.length > 3) lines.push(`and ${reminders.length - 3} more`);
  await notify(MISSED_NOTIFICATION, `${reminders.length} reminders${missed ? ' missed while the browser was closed' : ''}`, lines.join('\n'), false);
}

/** Keeps `name`s alarms to exactly `want` (name → when), touching only what differs. */
async function syncAlarms(want: Map<string, number>): Promise<void> {
  const have = await browser.alarms.getAll();
  const work: Array<Promise<unknown>> = [];
  for (const a of have) {
    if (!isReminderAlarm(a.name)) continue;
    const when = want.get(a.name);
    if (when === undefined) work.push(browser.alarms.clear(a.name));
    else if (Math.abs(a.scheduledTime - when) < 1000) want.delete(a.name);
  }
  for (const [name, when] of want) work.push(Promise.resolve(browser.alarms.create(name, { when })));
  await Promise.all(work);
}

function nextDayStart(now: number): number {
  const t = new Date(now);
  t.setHours(24, 1, 0, 0);
  return t.getTime();
}

/**
 * Reminders and the action badge in the background (issue 8). Call at the
 * top level of the background's main: every listener is registered
 * synchronously, so an alarm, a notification click or a data change that
 * wakes a stopped worker finds it. All work runs one job at a time (the
 * fired marks are read, changed and written back).
 */
export function startReminders({ db, badgeColors, now = Date.now }: ReminderDeps): RemindersController {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = (job: () => Promise<void>): Promise<void> => {
    const run = queue.then(job, job);
    queue = run.catch((e: unknown) => console.error('Handoff reminders:', e));
    return run;
  };

  const refreshNow = async (startup: boolean) => {
    const d = await db.get();
    const [deals, settings, open, state] = await Promise.all([listDeals(d), getSettings(d), listRequests(d, { status: 'open' }), loadState()]);
    const t = now();
    // One alarm is the daily badge refresh.
    const plan = planReminders(deals, { now: t, defaultRemindDays: settings.defaultRemindDays, state, startup, maxAlarms: MAX_ALARMS - 1 });
    await saveState(plan.state);
    const want = new Map(plan.alarms.map((r) => [r.id, r.when] as const));
    if (plan.chainAt !== null) want.set(CHAIN_ALARM, plan.chainAt);
    await Promise.all([
      syncAlarms(want),
      browser.alarms.create(DAILY_ALARM, { when: nextDayStart(t) }),
      showActionBadge(badgeSummary(deals, open, { today: localDay(new Date(t)), defaultRemindDays: settings.defaultRemindDays, state: plan.state }), badgeColors),
    ]);
    await showReminders(plan.fireNow);
  };

  const refresh = (opts: { startup?: boolean } = {}) => serial(() => refreshNow(opts.startup ?? false));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> | null = null;
  let release: (() => void) | null = null;
  const refreshSoon = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    pending ??= new Promise<void>((r) => (release = r));
    timer = setTimeout(() => {
      const done = release!;
      timer = undefined;
      pending = null;
      release = null;
      void refresh().finally(done);
    }, DEBOUNCE_MS);
    return pending;
  };

  /** The reminder an alarm or notification names, as it stands now, or null. */
  const lookup = async (id: string): Promise<{ reminder: Reminder; deal: Deal } | null> => {
    const ref = parseReminderId(id);
    if (!ref) return null;
    const d = await db.get();
    const [deal, settings] = await Promise.all([getDeal(d, ref.dealId), getSettings(d)]);
    if (!deal) return null;
    // Planned with no marks and a clock at the dawn of time: every reminder of the deal, unsnoozed.
    const reminder = planReminders([deal], { now: -Infinity, defaultRemindDays: settings.defaultRemindDays }).alarms.find((r) => r.id === id);
    return reminder ? { reminder, deal } : null;
  };

  const onAlarm = (name: string) =>
    serial(async () => {
      if (name === CHAIN_ALARM || name === DAILY_ALARM) return refreshNow(false);
      const found = await lookup(name);
      if (!found) return;
      const state = await loadState();
      const entry = state.items[found.reminder.id];
      if (entry?.done !== undefined) return;
      const base = found.reminder.baseWhen;
      const when = entry?.snooze !== undefined && entry.base === base ? entry.snooze : base;
      if (entry?.fired === when) return;
      await saveState(markFired(state, { id: found.reminder.id, when, baseWhen: base }));
      await showReminders([found.reminder]);
      // The day may have moved a term into its lead time: the badge follows.
      await refreshNow(false);
    });

  const onButton = (id: string, index: number) =>
    serial(async () => {
      if (!parseReminderId(id)) return;
      await browser.notifications.clear(id);
      const state = await loadState();
      const t = now();
      await saveState(index === 0 ? snooze(state, id, t) : markDone(state, id, t));
      await refreshNow(false);
    });

  const onClick = async (id: string) => {
    const ref = parseReminderId(id);
    if (!ref && id !== MISSED_NOTIFICATION) return;
    await browser.notifications.clear(id);
    const hash = ref ? dealView(ref.dealId) : 'deals';
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
  };

  // Registered synchronously, at the top level of the worker's start.
  browser.runtime.onStartup.addListener(() => void refresh({ startup: true }));
  // Alarms do not survive an update; an install starts the badge.
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void onClick(id).catch((e: unknown) => console.error('Handoff reminders:', e)));
  browser.notifications.onButtonClicked?.addListener((id, index) => void onButton(id, index));
  onDataChanged(
    (change) => {
      if (change.stores.some((s) => WATCHED.includes(s))) void refreshSoon();
    },
    { signal: new AbortController().signal },
  );

  return { refresh, onAlarm, onButton, onClick, idle: () => queue.then(() => {}) };
}
