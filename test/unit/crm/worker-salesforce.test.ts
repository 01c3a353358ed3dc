import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageKey } from '@/lib/crm/account';
import { getDeal, listDeals, listOutbox } from '@/lib/store';
import { crmHarness, type CrmHarness } from '@/test/support/crm-worker';
import { makeRequest } from '@/test/support/factories';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';

/**
 * Issue 16 with Salesforce through the worker's own CRM service: the PKCE
 * sign-in against the fake org at acme.my.salesforce.com, the first pass,
 * a rotated refresh token stored before use, an incremental change, a
 * deleted opportunity and a Task written back with its WhatId.
 */
const NOW = Date.UTC(2026, 5, 1, 9);
let org: FakeSalesforce;
let h: CrmHarness;
let nowMs = NOW;

beforeAll(async () => {
  org = await startFakeSalesforce({ opportunities: 300, baseMs: NOW - 5 * 86_400_000, now: () => nowMs, batchSize: 100 });
});
afterAll(() => org.stop());
beforeEach(() => {
  org.reset();
  h = crmHarness(null, NOW, { origin: org.url, fetch: org.fetch });
  nowMs = NOW;
});

async function connect(): Promise<void> {
  await h.crm.connect({ source: 'salesforce', myDomain: 'acme.my.salesforce.com', consumerKey: org.store.oauth.consumerKey });
  await h.crm.idle('salesforce');
}

describe('Salesforce connect', () => {
  it('signs in with PKCE, stores the tokens in storage only and brings the opportunities in', async () => {
    await connect();
    const credentials = h.area.data.get(storageKey('salesforce', 'credentials')) as { refreshToken: string };
    expect(credentials.refreshToken).toMatch(/refresh/);
    const [, status] = await h.crm.statuses();
    expect(status).toMatchObject({ state: 'synced' });
    expect(status!.words).toMatch(/^Connected to Salesforce acme\.my\.salesforce\.com; last synced just now, \d+ deals\.$/);
    expect(JSON.stringify(status)).not.toContain(credentials.refreshToken);
    const deals = await listDeals(await h.db.get());
    expect(deals.length).toBe(status!.dealCount);
    expect(deals.every((d) => d.id.startsWith('salesforce:006'))).toBe(true);
    expect(h.fetch.seen.every((u) => u.startsWith('https://acme.my.salesforce.com/'))).toBe(true);
  });

  it('refuses a My Domain that is not one, naming what is wrong, before any request', async () => {
    await expect(h.crm.connect({ source: 'salesforce', myDomain: 'login.salesforce.com', consumerKey: org.store.oauth.consumerKey })).rejects.toThrow(/^My Domain: /);
    expect(h.fetch.seen).toEqual([]);
  });

  it('a user who presses Deny is told so and nothing is stored', async () => {
    org.store.oauth.deny = true;
    await expect(connect()).rejects.toThrow(/Salesforce refused the sign-in/);
    org.store.oauth.deny = false;
    expect(h.area.data.size).toBe(0);
  });
});

describe('Salesforce sync', () => {
  it('an expired session is renewed: the rotated refresh token is stored before it is used', async () => {
    await connect();
    const before = (h.area.data.get(storageKey('salesforce', 'credentials')) as { refreshToken: string }).refreshToken;
    org.store.expireAccessTokens();
    const opp = org.store.opportunities[3]!;
    nowMs += 20 * 60_000;
    org.store.updateOpportunity(opp.Id, { Name: 'Renamed in Salesforce' }, nowMs - 1000);
    await h.crm.syncNow('salesforce');
    await h.crm.idle('salesforce');
    const after = (h.area.data.get(storageKey('salesforce', 'credentials')) as { refreshToken: string }).refreshToken;
    expect(after).not.toBe(before);
    expect(org.store.oauth.refreshTokens.has(after)).toBe(true);
    expect((await getDeal(await h.db.get(), `salesforce:${opp.Id}`))!.name).toBe('Renamed in Salesforce');
  });

  it('marks a deleted opportunity, keeping the deal', async () => {
    await connect();
    const opp = org.store.opportunities[5]!;
    nowMs += 86_400_000 + 60_000;
    h.clock.advance(86_400_000 + 60_000);
    org.store.deleteOpportunity(opp.Id, nowMs - 3_600_000);
    await h.crm.onAlarm('crm:sync:salesforce');
    const deal = (await getDeal(await h.db.get(), `salesforce:${opp.Id}`)) as unknown as { crm: { removed?: string } };
    expect(deal.crm.removed).toBe('deleted');
  });

  it('writes a logged request back as a Task on the opportunity (WhatId)', async () => {
    await connect();
    await h.crm.configure('salesforce', { writeBack: { enabled: true, as: 'note' } });
    const opp = org.store.opportunities[7]!;
    const deal = await getDeal(await h.db.get(), `salesforce:${opp.Id}`);
    await h.crm.onRequestSaved(makeRequest({ id: 'sf-r1', dealId: deal!.id, label: 'estimate-request', summary: 'Asked for a fixed-price estimate', status: 'open' }), deal);
    await h.crm.idle('salesforce');
    expect(org.store.tasks).toHaveLength(1);
    expect(org.store.tasks[0]).toMatchObject({ WhatId: opp.Id, Subject: 'Handoff: Estimate request (Open)' });
    expect((await listOutbox(await h.db.get(), ['sf-r1']))[0]).toMatchObject({ status: 'sent', as: 'task', remoteId: org.store.tasks[0]!.Id });
  });
});
