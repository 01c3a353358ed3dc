import { expect } from 'vitest';
import type { Driver, Journey } from './driver';

const LEAD = 'term:remind-me:t1:lead';
const DUE = 'term:remind-me:t1:due';

/** `YYYY-MM-DD` of the extension's local day, `days` from today (its clock and zone, which it reads). */
const localDayIn = (d: Driver, days: number) =>
  d.inExtension((n) => {
    const day = new Date();
    day.setDate(day.getDate() + n);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  }, days);

function backup(dueOn: string): string {
  const deal = {
    id: 'remind-me', name: 'Reminder test rollout', account: 'Remind Corp', stage: 'signed', signedOn: null, owner: null, value: null, billing: null,
    specialTerms: [{ id: 't1', text: 'Phase 1 live or milestone 1 is not paid', dueOn, remindDaysBefore: 14 }],
    deliverables: [], stakeholders: [], links: { domains: [], gmailThreads: [], jira: [], asana: [] }, notes: '', updatedAt: new Date().toISOString(),
  };
  return JSON.stringify({ format: 'handoff-backup', version: 1, exportedAt: new Date().toISOString(), people: [], deals: [deal], requests: [] });
}

/** A special term's reminders: alarms planned, an alarm that fires notifies, the toolbar badge counts and explains. */
export const reminderAlarmJourney: Journey = {
  name: 'reminders: a term due in 14 days gets its alarms, an alarm that fires notifies, and the toolbar badge counts it',
  start: { sample: false },
  async run(d) {
    const dueOn = await localDayIn(d, 14);
    await d.send('backup.import', { text: backup(dueOn), fileName: 'remind.json' });
    const alarms = () => d.inExtension((_, api) => api.alarms.getAll());
    const notifications = async () => Object.keys(await d.inExtension((_, api) => api.notifications.getAll()));
    // Fires an alarm now, through the API (Chromium's 30 s minimum does not hold for an unpacked extension; Firefox has none).
    const fire = (name: string) => d.inExtension((n, api) => void api.alarms.create(n, { when: Date.now() + 100 }), name);
    const badge = () =>
      d.inExtension(async (_, api) => {
        const action = (api.action ?? api.browserAction)!;
        return { text: await action.getBadgeText({}), title: await action.getTitle({}), colour: await action.getBadgeBackgroundColor({}) };
      });

    // The lead reminder is today at 09:00 (14 days before): an alarm before
    // then, a notification at once after it. The due day's alarm always.
    const leadAt = await d.inExtension(() => new Date().setHours(9, 0, 0, 0));
    const beforeLead = () => Date.now() < leadAt - 5_000;
    await expect.poll(async () => (await alarms()).map((a) => a.name), { timeout: 10_000 }).toContain(DUE);
    const dueAt = await d.inExtension((day) => {
      const [y, m, n] = day.split('-').map(Number) as [number, number, number];
      return new Date(y, m - 1, n, 9).getTime();
    }, dueOn);
    expect((await alarms()).find((a) => a.name === DUE)?.scheduledTime).toBe(dueAt);
    if (beforeLead()) expect((await alarms()).find((a) => a.name === LEAD)?.scheduledTime).toBe(leadAt);
    else await expect.poll(notifications, { timeout: 10_000 }).toContain(LEAD);
    expect((await alarms()).some((a) => a.name === 'reminders:daily')).toBe(true);

    // Fire the lead reminder's alarm: its notification appears, and it is no longer scheduled.
    await d.inExtension((id, api) => api.notifications.clear(id), LEAD);
    if (beforeLead()) {
      await fire(LEAD);
      await expect.poll(notifications, { timeout: 10_000 }).toContain(LEAD);
      await expect.poll(async () => (await alarms()).map((a) => a.name)).not.toContain(LEAD);
    }
    // And the due day's reminder, fired early.
    await fire(DUE);
    await expect.poll(notifications, { timeout: 10_000 }).toContain(DUE);

    // The badge counts the term due within its lead time, amber, and says why.
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('1');
    expect(await badge()).toEqual({ text: '1', title: 'Handoff: 1 term due soon', colour: [0xe3, 0x74, 0x00, 255] });

    // An open pre-contract ask adds one and turns it red.
    await d.send('requests.save', {
      request: {
        id: 'r-open', loggedAt: new Date().toISOString(), from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, dealId: 'remind-me',
        label: 'pre-contract-work', summary: 'Start the SOW before signature', source: { kind: 'manual', url: null }, status: 'open', note: '',
      },
    });
    await expect.poll(async () => (await badge()).text, { timeout: 10_000 }).toBe('2');
    expect(await badge()).toEqual({ text: '2', title: 'Handoff: 1 open request (1 pre-contract), 1 term due soon', colour: [0xd9, 0x30, 0x25, 255] });
    // The popup explains the number.
    const popup = await d.openPopupOver(null);
    await expect.poll(() => popup.text('[data-handoff-popup="badge-explain"]')).toBe('2 on the button: 1 open request (1 pre-contract), 1 term due soon');
    await popup.close();
  },
};
