import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
});
afterAll(async () => {
  await browser?.close();
});

/** `YYYY-MM-DD` of the worker's local day, `days` from today (the worker's clock and zone, which the extension reads). */
async function localDayIn(worker: Worker, days: number): Promise<string> {
  return worker.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

function backup(dueOn: string): string {
  return JSON.stringify({
    format: 'handoff-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    people: [],
    deals: [
      {
        id: 'remind-me',
        name: 'Reminder test rollout',
        account: 'Remind Corp',
        stage: 'signed',
        signedOn: null,
        owner: null,
        value: null,
        billing: null,
        specialTerms: [{ id: 't1', text: 'Phase 1 live or milestone 1 is not paid', dueOn, remindDaysBefore: 14 }],
        deliverables: [],
        stakeholders: [],
        links: { domains: [], gmailThreads: [], jira: [], asana: [] },
        notes: '',
        updatedAt: new Date().toISOString(),
      },
    ],
    requests: [],
  });
}

type Alarm = { name: string; scheduledTime: number };
declare const chrome: {
  alarms: { getAll(): Promise<Alarm[]>; create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
};

const LEAD = 'term:remind-me:t1:lead';
const DUE = 'term:remind-me:t1:due';

describe('reminders and the action badge, end to end in Chromium', () => {
  it('a term due in 14 days gets its reminders, an alarm fired through the API notifies, and the badge counts it', async () => {
    const page = await browser.openOptions();
    const worker = browser.worker()!;
    const dueOn = await localDayIn(worker, 14);
    await browser.seed(page, backup(dueOn));

    // The lead reminder is today at 09:00 (14 days before): an alarm before
    // then, a notification at once after it. The due day's alarm always.
    const leadAt = await worker.evaluate(() => new Date().setHours(9, 0, 0, 0));
    const alarms = async () => (await worker.evaluate(() => chrome.alarms.getAll())) as Alarm[];
    const notifications = async () => Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));
    await expect.poll(async () => (await alarms()).map((a) => a.name), { timeout: 10_000 }).toContain(DUE);
    const dueAt = await worker.evaluate((d) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      return new Date(y, m - 1, day, 9).getTime();
    }, dueOn);
    expect((await alarms()).find((a) => a.name === DUE)?.scheduledTime).toBe(dueAt);
    if (Date.now() < leadAt - 5_000) {
      expect((await alarms()).find((a) => a.name === LEAD)?.scheduledTime).toBe(leadAt);
    } else {
      await expect.poll(notifications, { timeout: 10_000 }).toContain(LEAD);
    }
    expect((await alarms()).some((a) => a.name === 'reminders:daily')).toBe(true);

    // Fire the lead reminder's alarm through the API: its notification appears.
    await worker.evaluate((id) => chrome.notifications.clear(id), LEAD);
    if (Date.now() < leadAt - 5_000) {
      await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), LEAD);
      await expect.poll(notifications, { timeout: 10_000 }).toContain(LEAD);
      // Fired once: it is no longer scheduled.
      await expect.poll(async () => (await alarms()).map((a) => a.name)).not.toContain(LEAD);
    }
    // And the due day's reminder, fired early through the API.
    await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), DUE);
    await expect.poll(notifications, { timeout: 10_000 }).toContain(DUE);

    // The badge counts the term due within its lead time, amber, and says why.
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('1');
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Handoff: 1 term due soon');
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0xe3, 0x74, 0x00, 255]);

    // An open pre-contract ask adds one and turns it red.
    await browser.send(page, 'requests.save', {
      request: {
        id: 'r-open', loggedAt: new Date().toISOString(), from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, dealId: 'remind-me',
        label: 'pre-contract-work', summary: 'Start the SOW before signature', source: { kind: 'manual', url: null }, status: 'open', note: '',
      },
    });
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('2');
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Handoff: 1 open request (1 pre-contract), 1 term due soon');
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0xd9, 0x30, 0x25, 255]);
    // The popup explains the number.
    const popup = await browser.openPopupOver(null);
    await expect.poll(() => popup.locator('[data-handoff-popup="badge-explain"]').textContent()).toBe('2 on the button: 1 open request (1 pre-contract), 1 term due soon');
    await popup.close();
    await page.close();
  });
});
