import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DbHandle, importBackupText } from '@/lib/store';
import { startReminders } from '@/lib/background/reminders/start';
import { BADGE_COLORS } from '@/components/kit/tokens';
import { CHAIN_ALARM, localTime, STATE_KEY } from '@/lib/background/reminders';

let n = 0;
const backup = (dueOn: string, requests: unknown[] = []) =>
  JSON.stringify({
    format: 'handoff-backup', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', people: [],
    deals: [{
      id: 'acme', name: 'Acme rollout', account: 'Acme', stage: 'signed', signedOn: null, owner: null, value: null, billing: null,
      specialTerms: [{ id: 't1', text: 'Phase 1 live', dueOn, remindDaysBefore: 14 }], deliverables: [], stakeholders: [],
      links: { domains: [], gmailThreads: [], jira: [], asana: [] }, notes: '', updatedAt: '2026-11-20T16:30:00.000Z',
    }],
    requests,
  });

async function setup(dueOn: string, now: number, requests: unknown[] = []) {
  fakeBrowser.reset();
  const db = new DbHandle(`reminders-test-${n++}`);
  const result = await importBackupText(await db.get(), backup(dueOn, requests), 'seed.json');
  expect(result.ok).toBe(true);
  const clock = { now };
  const ctl = startReminders({ db, badgeColors: BADGE_COLORS, now: () => clock.now });
  return { ctl, clock };
}

describe('background reminders (fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('schedules alarms and sets the badge on install; an alarm shows the notification once', async () => {
    const now = localTime('2026-11-21', 8);
    const { ctl } = await setup('2026-12-05', now);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await ctl.idle();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual(
      [['reminders:daily', localTime('2026-11-22', 0) + 60_000], ['term:acme:t1:due', localTime('2026-12-05', 9)], ['term:acme:t1:lead', localTime('2026-11-21', 9)]].sort(),
    );
    expect(alarms.some((a) => a.name === CHAIN_ALARM)).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Handoff: 1 term due soon');

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'term:acme:t1:lead', scheduledTime: localTime('2026-11-21', 9), persistAcrossSessions: true });
    await ctl.idle();
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['term:acme:t1:lead']);
    expect(shown['term:acme:t1:lead']).toMatchObject({ type: 'basic', title: 'Due in 14 days (5 Dec 2026): Acme rollout', message: 'Phase 1 live' });
    await fakeBrowser.notifications.clear('term:acme:t1:lead');
    await ctl.onAlarm('term:acme:t1:lead');
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([]);
  });

  it('snooze re-arms the reminder 24 h later; done clears both; a click opens the deal', async () => {
    const now = localTime('2026-11-21', 10);
    const { ctl, clock } = await setup('2026-12-05', now);
    await ctl.refresh();
    // 10:00, after 09:00 on the lead day: the reminder fires at once.
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['term:acme:t1:lead']);
    clock.now = now + 1000;
    await fakeBrowser.notifications.onButtonClicked.trigger('term:acme:t1:lead', 0);
    await ctl.idle();
    expect((await fakeBrowser.alarms.get('term:acme:t1:lead'))?.scheduledTime).toBe(now + 1000 + 86_400_000);
    await fakeBrowser.notifications.onButtonClicked.trigger('term:acme:t1:lead', 1);
    await ctl.idle();
    expect(await fakeBrowser.alarms.get('term:acme:t1:lead')).toBeFalsy();
    expect(await fakeBrowser.alarms.get('term:acme:t1:due')).toBeFalsy();
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as { items: Record<string, { done?: number }> };
    expect(stored.items['term:acme:t1:due']?.done).toBe(now + 1000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await ctl.onClick('term:acme:t1:lead');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toMatch(/\/options\.html#deals\/acme$/);
  });

  it('counts open requests in the badge, red for a pre-contract ask', async () => {
    const request = (id: string, label: string) => ({
      id, loggedAt: '2026-11-19T14:02:00.000Z', from: { name: 'Dana', email: 'dana@northwind.io' }, dealId: 'acme', label, summary: '',
      source: { kind: 'manual', url: null }, status: 'open', note: '',
    });
    const { ctl } = await setup('2027-06-01', localTime('2026-11-21', 10), [request('r1', 'estimate-request'), request('r2', 'pre-contract-work')]);
    await ctl.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Handoff: 2 open requests (1 pre-contract)');
  });
});
