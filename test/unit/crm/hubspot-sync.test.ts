import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSyncPages, hubspotClient, incrementalPages, stageFlags, NOTE_TO_DEAL, type Page } from '@/lib/crm/hubspot/client';
import { createCrmHttp, RateLimiter } from '@/lib/crm/http';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectClient, TEST_TOKEN } from '@/test/support/fake-hubspot/connect';
import { startFakeHubSpot, type FakeHubSpot } from '@/test/support/fake-hubspot/server';
import { touchDeal } from '@/test/support/fake-hubspot/store';

/** Sync paths of issue 16 through the real client, over HTTPS, against the local fake HubSpot. */

const BASE_MS = Date.UTC(2026, 0, 1);
const PROPS = ['dealname', 'amount', 'deal_currency_code', 'dealstage', 'pipeline', 'hubspot_owner_id', 'hs_lastmodifieddate'];

async function collect<T extends Page>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('HubSpot first sync', () => {
  let server: FakeHubSpot;
  beforeAll(async () => {
    server = await startFakeHubSpot({ deals: 2000, token: TEST_TOKEN, baseMs: BASE_MS });
  });
  afterAll(() => server.close());

  it('pages through 2,000 deals, 100 a page, with their companies and contacts', async () => {
    server.requests.length = 0;
    const { client } = connectClient(server);
    const pages = await collect(firstSyncPages(client, PROPS));
    const deals = pages.flatMap((p) => p.deals);
    expect(pages).toHaveLength(20);
    expect(new Set(deals.map((d) => d.id)).size).toBe(2000);
    expect(deals[0]!.properties.dealname).toBe('Deal 1');
    expect(deals[0]!.associations?.companies?.results[0]?.id).toBe('100001');
    expect(deals[0]!.associations?.contacts?.results).toHaveLength(2);
    expect(pages.at(-1)!.after).toBeUndefined();
    expect(server.requests.every((r) => r.method === 'GET' && r.path === '/crm/v3/objects/deals')).toBe(true);
    expect(server.requests[0]!.query).toMatchObject({ limit: '100', associations: 'companies,contacts', properties: PROPS.join(',') });
    expect(server.requests.every((r) => r.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
  });

  it('a sync stopped after 5 pages resumes from its cursor without fetching those pages again', async () => {
    const { client } = connectClient(server);
    const firstRun: Page[] = [];
    for await (const page of firstSyncPages(client, PROPS)) {
      firstRun.push(page);
      if (firstRun.length === 5) break; // the worker was stopped here
    }
    const cursor = firstRun.at(-1)!.after;
    server.requests.length = 0;
    const rest = await collect(firstSyncPages(client, PROPS, cursor));
    expect(server.requests).toHaveLength(15);
    const ids = [...firstRun, ...rest].flatMap((p) => p.deals.map((d) => d.id));
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
  });

  it('queues under the per-account rate limit instead of failing', async () => {
    const clock = virtualClock();
    const { client } = connectClient(server, { limiter: new RateLimiter(5, 10_000, clock) }, clock);
    const start = clock.now();
    server.requests.length = 0;
    const pages = await collect(firstSyncPages(client, PROPS));
    expect(server.requests).toHaveLength(20);
    expect(pages).toHaveLength(20);
    // 20 requests at 5 per 10 s: three full windows of waiting.
    expect(clock.now() - start).toBeGreaterThanOrEqual(30_000);
  });

  it('reads companies and contacts in batches of at most 100', async () => {
    const { client } = connectClient(server);
    const ids = Array.from({ length: 250 }, (_, i) => String(200_002 + i));
    server.requests.length = 0;
    const contacts = await client.batchRead('contacts', ids, ['email', 'firstname', 'lastname']);
    expect(contacts.map((c) => c.id)).toEqual(ids);
    expect(contacts[0]!.properties.email).toMatch(/@company\d+\.example$/);
    expect(server.requests.map((r) => (r.body as { inputs: unknown[] }).inputs.length)).toEqual([100, 100, 50]);
  });

  it('a batch read naming a deleted contact still returns the others (HubSpot answers 207)', async () => {
    const { client } = connectClient(server);
    const contacts = await client.batchRead('contacts', ['200002', '999999', '200003'], ['email']);
    expect(contacts.map((c) => c.id)).toEqual(['200002', '200003']);
  });

  it('reads the deal pipeline with closed/won from stage metadata', async () => {
    const { client } = connectClient(server);
    const [pipeline] = await client.dealPipelines();
    const byId = Object.fromEntries(pipeline!.stages.map((s) => [s.id, stageFlags(s)]));
    expect(byId.closedwon).toEqual({ isClosed: true, probability: 1 });
    expect(byId.closedlost).toEqual({ isClosed: true, probability: 0 });
    expect(byId.contractsent).toEqual({ isClosed: false, probability: 0.9 });
  });

  it('writes a note on the deal, associated to it, and keeps its remote id', async () => {
    const { client } = connectClient(server);
    const at = new Date(Date.UTC(2026, 5, 1, 9, 30));
    const { id } = await client.createDealNote('17', 'Sales request: SSO by 2026-07-01', at);
    const note = server.store.notes.find((n) => n.id === id)!;
    expect(note.properties).toMatchObject({ hs_note_body: 'Sales request: SSO by 2026-07-01', hs_timestamp: at.toISOString() });
    expect(note.associations).toEqual([{ to: { id: '17' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_DEAL }] }]);
  });
});

describe('HubSpot incremental sync', () => {
  let server: FakeHubSpot;
  const DAY_LATER = BASE_MS + 86_400_000;
  beforeAll(async () => {
    server = await startFakeHubSpot({ deals: 2000, token: TEST_TOKEN, baseMs: BASE_MS });
  });
  afterAll(() => server.close());

  it('returns only deals changed since the last sync, oldest first, looking back 5 minutes for index lag', async () => {
    const lastSync = DAY_LATER;
    touchDeal(server.store, '42', lastSync + 60_000, { dealstage: 'closedwon' });
    touchDeal(server.store, '7', lastSync + 120_000);
    // Changed 2 minutes before the last sync but not yet in HubSpot's search index then.
    touchDeal(server.store, '1999', lastSync - 120_000);
    // Changed long before: already synced.
    touchDeal(server.store, '5', lastSync - 3_600_000);
    server.requests.length = 0;
    const { client } = connectClient(server);
    const pages = await collect(incrementalPages(client, PROPS, lastSync));
    const deals = pages.flatMap((p) => p.deals);
    expect(deals.map((d) => d.id)).toEqual(['1999', '42', '7']);
    expect(deals[1]!.properties.dealstage).toBe('closedwon');
    expect(pages.at(-1)!.maxModifiedMs).toBe(lastSync + 120_000);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(lastSync - 5 * 60_000) }] }],
      sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
      limit: 100,
    });
  });

  it('without the look-back the lagging change is missed (why the window exists)', async () => {
    const { client } = connectClient(server);
    const deals = (await collect(incrementalPages(client, PROPS, DAY_LATER, 0))).flatMap((p) => p.deals);
    expect(deals.map((d) => d.id)).toEqual(['42', '7']);
  });
});

describe('HubSpot incremental sync past the 10,000-result search cap', () => {
  let server: FakeHubSpot;
  beforeAll(async () => {
    server = await startFakeHubSpot({ deals: 10_250, token: TEST_TOKEN, baseMs: BASE_MS });
  });
  afterAll(() => server.close());

  it('restarts the search from the last modification time seen and gets every deal', async () => {
    const clock = virtualClock();
    const http = createCrmHttp({ fetch: server.fetch, baseUrl: server.baseUrl, connectedHosts: [server.host], token: TEST_TOKEN, limiter: new RateLimiter(100, 10_000, clock), clock });
    const client = hubspotClient(http, { searchLimiter: new RateLimiter(4, 1000, clock) });
    const start = clock.now();
    const pages = await collect(incrementalPages(client, PROPS, BASE_MS, 0));
    const ids = new Set(pages.flatMap((p) => p.deals.map((d) => d.id)));
    expect(ids.size).toBe(10_250);
    const afters = server.requests.map((r) => Number((r.body as { after?: string }).after ?? 0));
    // ~103 searches at 4 per second (search's own limit) take at least 25 s of (virtual) time.
    expect(clock.now() - start).toBeGreaterThanOrEqual(25_000);
    expect(Math.max(...afters)).toBeLessThan(10_000);
    expect(pages.at(-1)!.maxModifiedMs).toBe(BASE_MS + 10_250 * 1000);
  });
});
