import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappingOptions } from '@/lib/crm/mapping';
import type { SyncPage } from '@/lib/crm/sync/source';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectSource } from '@/test/support/fake-salesforce/connect';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';

/** First sync of 2,500 opportunities, resuming, and incremental changes, through the real source against the fake org. */

const DAY = 86_400_000;
const clock = virtualClock();
const mapping = (): MappingOptions => ({ now: new Date(clock.now()), ownDomains: ['seller.example'] });

async function collect(pages: AsyncGenerator<SyncPage>): Promise<SyncPage[]> {
  const out: SyncPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}
const remoteIds = (pages: SyncPage[]) => pages.flatMap((p) => p.mapped.map((m) => (m.ok ? m.deal.crm.remoteId : `failed: ${m.reason}`)));

/** The opportunities a 90-day first sync must bring: open, or closed on or after midnight 90 days ago. */
function expectedFirstPass(server: FakeSalesforce): string[] {
  const since = new Date(clock.now() - 90 * DAY).toISOString().slice(0, 10);
  const closed = new Set(server.store.stages.filter((s) => s.IsClosed).map((s) => s.ApiName));
  return server.store.opportunities.filter((o) => !closed.has(o.StageName) || o.CloseDate >= since).map((o) => o.Id);
}

describe('Salesforce first sync', () => {
  let server: FakeSalesforce;
  beforeAll(async () => {
    server = await startFakeSalesforce({ opportunities: 2500, now: clock.now });
  });
  afterAll(() => server.stop());

  it('brings every open and recently closed opportunity, contact roles in the same query, stages once', async () => {
    server.reset();
    const { source } = connectSource(server, {}, clock);
    const pages = await collect(source.firstPass(mapping(), null, 90));
    const ids = remoteIds(pages);
    const expected = expectedFirstPass(server);
    expect(expected.length).toBeGreaterThan(1800);
    expect(expected.length).toBeLessThan(2500);
    expect(ids).toEqual(expected);
    // Salesforce's default batch of 2,000: two pages, plus one stage query.
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.requests)).toEqual([2, 1]);
    expect(pages.at(-1)!.cursor).toBeNull();
    const queries = server.log.map((r) => r.query.q ?? r.path);
    expect(queries.filter((q) => q.includes('FROM OpportunityStage'))).toHaveLength(1);
    expect(queries[0]).toMatch(/^SELECT Id, Name, Account\.Name, StageName, Amount, CurrencyIsoCode, CloseDate, Owner\.Name, Owner\.Email, Account\.Website, Handoff_Special_Terms__c, Handoff_Promised_Deliverables__c, IsClosed, IsWon, SystemModstamp, \(SELECT Role, IsPrimary, Contact\.Name, Contact\.Email, Contact\.Title FROM OpportunityContactRoles\) FROM Opportunity WHERE \(IsClosed = false OR CloseDate >= LAST_N_DAYS:90\) ORDER BY Id$/);
  });

  it('maps an opportunity to a deal: account, owner, amount and currency, contacts, domains and special terms', async () => {
    const { source } = connectSource(server, {}, clock);
    const [first] = await collect(source.firstPass(mapping(), null, 90));
    // Opportunity 20: stage Proposal (open, 75 %), special terms on every tenth.
    const mapped = first!.mapped.find((m) => m.ok && m.deal.crm.remoteId === '006000000000020AAA');
    expect(mapped?.ok).toBe(true);
    if (!mapped?.ok) return;
    const { deal } = mapped;
    expect(deal).toMatchObject({
      id: 'salesforce:006000000000020AAA',
      name: 'Opportunity 20',
      account: 'Account 20',
      stage: 'negotiation',
      owner: { name: 'Owner Seven', email: 'owner7@seller.example' },
      value: { amount: 20_000, currency: 'EUR' },
    });
    // The account's website and its contacts' addresses share one domain: listed once.
    expect(deal.links.domains).toEqual(['account20.example']);
    expect(deal.stakeholders.map((s) => [s.name, s.email, s.role])).toEqual([
      ['Contact 40', 'person40@account20.example', 'Decision Maker'],
      ['Contact 41', 'person41@account20.example', 'Evaluator'],
    ]);
    expect(deal.specialTerms.map((t) => [t.dueOn, t.text])).toEqual([['2026-09-01', 'net 60 payment terms']]);
  });

  it('a pass that fails mid-way resumes from its cursor with no opportunity lost or repeated', async () => {
    const small = await startFakeSalesforce({ opportunities: 2500, now: clock.now, batchSize: 200 });
    try {
      const { source } = connectSource(small, { retry: { maxServerRetries: 1 } }, clock);
      const firstRun: SyncPage[] = [];
      let failure: unknown;
      try {
        for await (const page of source.firstPass(mapping(), null, 90)) {
          firstRun.push(page);
          if (firstRun.length === 4) small.failNext(2, { status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Server unavailable' });
        }
      } catch (error) {
        failure = error;
      }
      expect(failure).toMatchObject({ kind: 'server', status: 503 });
      expect(firstRun).toHaveLength(4);
      // The worker stored the cursor after page 4; a new worker (a new source) goes on from it.
      const cursor = firstRun.at(-1)!.cursor;
      small.reset();
      const rest = await collect(connectSource(small, {}, clock).source.firstPass(mapping(), cursor, 90));
      expect(small.log[0]!.path).toMatch(/^\/services\/data\/v62\.0\/query\/01g\w+-800$/);
      const ids = remoteIds([...firstRun, ...rest]);
      expect(ids).toEqual(expectedFirstPass(small));
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await small.stop();
    }
  });

  it('a cursor whose query locator expired goes on after the last id stored instead of starting over', async () => {
    const small = await startFakeSalesforce({ opportunities: 1000, now: clock.now, batchSize: 200 });
    try {
      const { source } = connectSource(small, {}, clock);
      const firstRun: SyncPage[] = [];
      for await (const page of source.firstPass(mapping(), null, 90)) if (firstRun.push(page) === 2) break;
      small.expireQueryLocators();
      small.reset();
      const rest = await collect(connectSource(small, {}, clock).source.firstPass(mapping(), firstRun[1]!.cursor, 90));
      expect(small.log.map((r) => r.query.q ?? r.path)[1]).toMatch(/ AND Id > '006\d{12}AAA' ORDER BY Id$/);
      const ids = remoteIds([...firstRun, ...rest]);
      expect(ids).toEqual(expectedFirstPass(small));
    } finally {
      await small.stop();
    }
  });

  it('contact roles past one child batch are read through the child relationship’s own nextRecordsUrl', async () => {
    const narrow = await startFakeSalesforce({ opportunities: 3, now: clock.now, childBatchSize: 1 });
    try {
      const pages = await collect(connectSource(narrow, {}, clock).source.firstPass(mapping(), null, 90));
      const deals = pages.flatMap((p) => p.mapped).flatMap((m) => (m.ok ? [m.deal] : []));
      expect(deals.map((d) => d.stakeholders.length)).toEqual([2, 2, 2]);
      expect(narrow.log.filter((r) => /\/query\/01g/.test(r.path))).toHaveLength(3);
    } finally {
      await narrow.stop();
    }
  });
});

describe('Salesforce incremental sync and deletions', () => {
  let server: FakeSalesforce;
  beforeAll(async () => {
    server = await startFakeSalesforce({ opportunities: 500, now: clock.now });
  });
  afterAll(() => server.stop());

  it('brings only what changed since the last sync, oldest first, looking back 5 minutes', async () => {
    const lastSync = clock.now() - DAY;
    server.store.updateOpportunity('006000000000042AAA', { StageName: 'Closed Won' }, lastSync + 60_000);
    server.store.updateOpportunity('006000000000007AAA', { Amount: 7777 }, lastSync + 120_000);
    // Saved 2 minutes before the last sync but committed after it ran.
    server.store.updateOpportunity('006000000000499AAA', {}, lastSync - 120_000);
    server.store.updateOpportunity('006000000000005AAA', {}, lastSync - 3_600_000);
    server.reset();
    const { source } = connectSource(server, {}, clock);
    const pages = await collect(source.incrementalPass(mapping(), lastSync, new Map()));
    expect(remoteIds(pages)).toEqual(['006000000000499AAA', '006000000000042AAA', '006000000000007AAA']);
    const deals = pages.flatMap((p) => p.mapped).flatMap((m) => (m.ok ? [m.deal] : []));
    expect(deals[1]!.stage).toBe('signed');
    expect(deals[2]!.value).toEqual({ amount: 7777, currency: 'EUR' });
    expect(pages.at(-1)!.maxModifiedMs).toBe(lastSync + 120_000);
    const since = new Date(lastSync - 300_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(server.log[0]!.query.q).toContain(` WHERE SystemModstamp > ${since} ORDER BY SystemModstamp, Id`);
  });

  it('an incremental pass whose query locator expires between pages goes on from the newest change seen', async () => {
    const small = await startFakeSalesforce({ opportunities: 600, now: clock.now, batchSize: 200 });
    try {
      const lastSync = clock.now() - DAY;
      small.store.opportunities.forEach((o, i) => small.store.updateOpportunity(o.Id, {}, lastSync + (i + 1) * 1000));
      const pages: SyncPage[] = [];
      for await (const page of connectSource(small, {}, clock).source.incrementalPass(mapping(), lastSync, new Map())) {
        pages.push(page);
        small.expireQueryLocators();
      }
      const ids = new Set(remoteIds(pages));
      expect(ids.size).toBe(600);
      expect(pages.at(-1)!.maxModifiedMs).toBe(lastSync + 600_000);
      // Each re-query starts a second before the newest stamp seen (repeating one record), never at the start.
      const bounds = small.log.flatMap((r) => /SystemModstamp > (\S+)/.exec(r.query.q ?? '')?.[1] ?? []).map((t) => Date.parse(t));
      const second = (ms: number) => Math.floor(ms / 1000) * 1000;
      expect(bounds).toEqual([-300_000, 199_000, 397_000, 595_000].map((d) => second(lastSync + d)));
    } finally {
      await small.stop();
    }
  });

  it('with no change it costs one request, and keeps `since`', async () => {
    server.reset();
    const { source } = connectSource(server, {}, clock);
    const pages = await collect(source.incrementalPass(mapping(), clock.now(), new Map()));
    expect(pages).toEqual([{ mapped: [], cursor: null, maxModifiedMs: clock.now(), requests: 1, seen: [] }]);
    expect(server.log).toHaveLength(1);
  });

  it('an opportunity the look-back window reads again at the same SystemModstamp costs no further request', async () => {
    const changed = server.store.updateOpportunity('006000000000120AAA', { Name: 'Changed a minute ago' }, clock.now() - 60_000);
    const { source } = connectSource(server, {}, clock);
    const first = await collect(source.incrementalPass(mapping(), clock.now() - 120_000, new Map()));
    expect(first.flatMap((p) => p.mapped)).toHaveLength(1);
    server.reset();
    const seen = new Map(first.flatMap((p) => p.seen ?? []));
    const again = await collect(source.incrementalPass(mapping(), changed.SystemModstamp, seen));
    expect(again.flatMap((p) => p.mapped)).toEqual([]);
    expect(server.log).toHaveLength(1);
  });

  it('lists opportunities deleted since the last check (getDeleted)', async () => {
    const checkedAt = clock.now() - 2 * DAY;
    server.store.deleteOpportunity('006000000000100AAA', checkedAt + DAY);
    server.store.deleteOpportunity('006000000000101AAA', checkedAt - DAY);
    server.reset();
    const { source } = connectSource(server, {}, clock);
    expect(await source.removedSince(checkedAt)).toEqual({ remoteIds: ['006000000000100AAA'], how: 'deleted' });
    const { query } = server.log[0]!;
    expect(server.log[0]!.path).toBe('/services/data/v62.0/sobjects/Opportunity/deleted/');
    expect(query.end).toBe(new Date(Math.floor(clock.now() / 1000) * 1000).toISOString().replace('.000Z', '+00:00'));
    // No stored check: everything Salesforce still lists.
    expect((await source.removedSince(null)).remoteIds.sort()).toEqual(['006000000000100AAA', '006000000000101AAA']);
  });

  it('asks no further back than the 15 days Salesforce keeps (the fake refuses older starts)', async () => {
    server.reset();
    const { source } = connectSource(server, {}, clock);
    expect((await source.removedSince(clock.now() - 40 * DAY)).remoteIds).toHaveLength(2);
    const start = Date.parse(server.log[0]!.query.start!);
    expect(clock.now() - start).toBeLessThanOrEqual(15 * DAY);
    expect(clock.now() - start).toBeGreaterThan(14 * DAY);
  });
});
