import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '@/lib/crm/account';
import { getDeal, listDeals, saveDeal } from '@/lib/store';
import { TEST_TOKEN } from '@/test/support/fake-hubspot/connect';
import { startFakeHubSpot, type FakeHubSpot } from '@/test/support/fake-hubspot/server';
import { archiveDeal, touchDeal } from '@/test/support/fake-hubspot/store';
import { crmHarness, type CrmHarness } from '@/test/support/crm-worker';

/**
 * Issue 16 through the worker's own CRM service: connect with a token,
 * the first sync, incremental changes, the newly-signed notification and
 * archived deals, against the fake HubSpot at api.hubapi.com.
 */
let server: FakeHubSpot;
let h: CrmHarness;
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startFakeHubSpot({ deals: 400, token: TEST_TOKEN, baseMs: Date.UTC(2026, 0, 1) });
});
afterAll(() => server.close());
beforeEach(async () => {
  h = crmHarness(server);
  server.reset();
});

async function connected(): Promise<void> {
  const status = await h.crm.connect({ source: 'hubspot', token: TEST_TOKEN });
  expect(status.state).toBe('syncing');
  await h.crm.idle('hubspot');
}

describe('connect', () => {
  it('refuses a token HubSpot refuses, saying why, and stores nothing', async () => {
    await expect(h.crm.connect({ source: 'hubspot', token: 'pat-wrong' })).rejects.toThrow(/HubSpot refused the token \(401\): Authentication credentials not found/);
    expect(h.area.data.size).toBe(0);
    expect((await h.crm.statuses())[0]).toMatchObject({ state: 'not-connected', words: 'HubSpot is not connected.' });
  });

  it('refuses without the host permission, before any request', async () => {
    h.granted.clear();
    await expect(h.crm.connect({ source: 'hubspot', token: TEST_TOKEN })).rejects.toThrow(/may not reach api.hubapi.com/);
    expect(h.fetch.seen).toEqual([]);
  });

  it('keeps the token in storage only, never in a status', async () => {
    await connected();
    expect(h.area.data.get(storageKey('hubspot', 'credentials'))).toEqual({ source: 'hubspot', token: TEST_TOKEN });
    expect(JSON.stringify(await h.crm.statuses())).not.toContain(TEST_TOKEN);
    expect(h.alarms.get('crm:sync:hubspot')).toBe(15);
    expect(h.fetch.seen.every((u) => u.startsWith('https://api.hubapi.com/'))).toBe(true);
  });
});

describe('properties', () => {
  it('says so when the account has no property of that name, since HubSpot answers an unknown one with nothing', async () => {
    server.store.dealProperties = server.store.dealProperties.filter((p) => p !== 'handoff_promised_deliverables');
    try {
      await connected();
      expect((await h.crm.statuses())[0]!.words).toContain('HubSpot has no deal property "handoff_promised_deliverables": create it (multi-line text) or choose another in the settings');
      await h.crm.configure('hubspot', { deliverablesProperty: 'dealname' });
      expect((await h.crm.statuses())[0]!.words).not.toContain('has no deal property');
    } finally {
      server.store.dealProperties.push('handoff_promised_deliverables');
    }
  });
});

describe('first sync', () => {
  it('brings every open and recently closed deal with its company, contacts, owner and terms', async () => {
    await connected();
    const deals = await listDeals(await h.db.get());
    expect(deals).toHaveLength(400);
    const deal = await getDeal(await h.db.get(), 'hubspot:1');
    expect(deal).toMatchObject({
      name: 'Deal 1',
      account: 'Company 100001',
      stage: 'negotiation',
      owner: { name: 'Sam Seller', email: 'sam.seller@handoff-demo.example' },
      value: { amount: 1000, currency: 'EUR' },
    });
    expect(deal!.links.domains).toContain('company100001.example');
    expect(deal!.stakeholders.map((s) => s.email)).toEqual(['person200002@company100001.example', 'person200003@company100001.example']);
    expect(deal!.specialTerms.map((t) => [t.dueOn, t.text])).toEqual([
      ['2026-03-02', 'Phase 1 live or milestone 1 is not paid (deal 1)'],
      [null, 'No change requests before go-live'],
    ]);
    expect(deal!.deliverables[0]).toMatchObject({ name: 'Weekly status report (deal 1)', promisedOn: '2026-02-15', pmConfirmed: false });
    const [status] = await h.crm.statuses();
    expect(status!.words).toBe('Connected to HubSpot account 4567890; last synced just now, 400 deals.');
    expect(h.notify).not.toHaveBeenCalled();
  });

  it('leaves out deals closed before the recently-closed window', async () => {
    touchDeal(server.store, '2', Date.UTC(2026, 0, 1), { dealstage: 'closedwon', closedate: '2025-06-01T00:00:00.000Z' });
    await connected();
    expect(await getDeal(await h.db.get(), 'hubspot:2')).toBeNull();
    expect(await getDeal(await h.db.get(), 'hubspot:3')).not.toBeNull();
    touchDeal(server.store, '2', Date.UTC(2026, 0, 1), { dealstage: 'contractsent', closedate: '2026-03-31T00:00:00.000Z' });
  });
});

describe('incremental sync', () => {
  it('costs one request when nothing changed', async () => {
    await connected();
    await h.crm.syncNow('hubspot');
    await h.crm.idle('hubspot');
    h.clock.advance(15 * 60_000);
    server.requests.length = 0;
    await h.crm.onAlarm('crm:sync:hubspot');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /crm/v3/objects/deals/search']);
  });

  it('a deal moved to a won stage is stored signed, keeps the PM\'s notes and is announced in a notification', async () => {
    await connected();
    const d = await h.db.get();
    const stored = (await getDeal(d, 'hubspot:5'))!;
    await saveDeal(d, { ...stored, notes: 'Kickoff needs the security review first' }, new Date(h.clock.now()));
    h.clock.advance(20 * 60_000);
    touchDeal(server.store, '5', h.clock.now() - 60_000, { dealstage: 'closedwon', closedate: new Date(h.clock.now()).toISOString() });
    await h.crm.onAlarm('crm:sync:hubspot');
    const deal = (await getDeal(await h.db.get(), 'hubspot:5'))!;
    expect(deal).toMatchObject({ stage: 'signed', notes: 'Kickoff needs the security review first' });
    expect(h.notify).toHaveBeenCalledTimes(1);
    const [id, title, message] = h.notify.mock.calls[0]!;
    expect(id).toBe('crm-signed:hubspot:5');
    expect(title).toBe('Signed in HubSpot: Deal 5 (Company 100005)');
    expect(message).toContain('Term by 2026-03-06: Phase 1 live or milestone 1 is not paid (deal 5)');
    expect(message).toContain('Promised (2026-02-15): Weekly status report (deal 5)');
    touchDeal(server.store, '5', Date.UTC(2026, 0, 1), { dealstage: 'contractsent', closedate: '2026-03-31T00:00:00.000Z' });
  });

  it('marks a deal archived in HubSpot, keeping it and the PM\'s work', async () => {
    await connected();
    archiveDeal(server.store, '9', h.clock.now());
    h.clock.advance(DAY + 60_000);
    await h.crm.onAlarm('crm:sync:hubspot');
    const deal = (await getDeal(await h.db.get(), 'hubspot:9')) as unknown as { crm: { removed?: string } };
    expect(deal.crm.removed).toBe('archived');
    server.store.deals.find((x) => x.id === '9')!.archived = false;
  });
});

describe('failures', () => {
  it('a revoked token says reconnect with HubSpot\'s reason, and the next good pass clears it', async () => {
    await connected();
    server.failNext(1, { status: 401, message: 'The OAuth token used to make this call expired' });
    await h.crm.onAlarm('crm:sync:hubspot');
    const [status] = await h.crm.statuses();
    expect(status).toMatchObject({ state: 'reconnect' });
    expect(status!.words).toContain('reconnect needed (401 The OAuth token used to make this call expired)');
    await h.crm.syncNow('hubspot');
    await h.crm.idle('hubspot');
    expect((await h.crm.statuses())[0]!.state).toBe('synced');
  });

  it('a 429 waits as long as Retry-After says, then carries on', async () => {
    await connected();
    h.clock.advance(20 * 60_000);
    touchDeal(server.store, '7', h.clock.now() - 1000, { dealname: 'Deal 7 renamed' });
    server.failNext(1, { status: 429, retryAfter: '10', message: 'You have reached your secondly limit.' });
    const slept = h.clock.sleeps.length;
    await h.crm.onAlarm('crm:sync:hubspot');
    expect(h.clock.sleeps.slice(slept)).toContain(10_000);
    expect((await getDeal(await h.db.get(), 'hubspot:7'))!.name).toBe('Deal 7 renamed');
  });

  it('a 500 mid first sync is retried; a worker stopped mid-pass resumes from its cursor', async () => {
    server.failNext(1, { status: 500 });
    await connected();
    expect(await listDeals(await h.db.get())).toHaveLength(400);
  });
});

describe('delete all data', () => {
  it('forgets the CRM connection, its token and its host permission too', async () => {
    await connected();
    const { createHandlers } = await import('@/lib/background/handlers');
    const handlers = createHandlers({ db: h.db, crm: h.crm, announce: async () => {}, now: () => new Date(h.clock.now()), version: '0', openTab: async () => {}, registerJiraHosts: async () => {}, hasHostPermission: async () => true });
    await handlers['data.deleteAll']({ confirm: 'delete all data' }, { senderKind: 'extension', senderUrl: undefined });
    expect([...h.area.data.keys()].filter((k) => k.startsWith('crm.'))).toEqual([]);
    expect(h.granted.has('https://api.hubapi.com')).toBe(false);
    expect(await listDeals(await h.db.get())).toEqual([]);
    expect((await h.crm.statuses())[0]!.words).toBe('HubSpot is not connected.');
  });
});
