import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncedDeal } from '@/lib/crm/mapping';
import type { Deal } from '@/lib/model';
import {
  applySyncedDeals, bindUnboundJira, dealsByLink, dealsByLinks, deleteDeal, importBackupText, listDeals, markRemovedDeals, openHandoffDb, saveDeal,
} from '@/lib/store';
import { bucketOf, dealKeys } from '@/lib/store/keys';
import { LinkIndexChanges, linkEntry, partOf, readPart, type LinkPart } from '@/lib/store/link-index';
import type { DealKeys } from '@/lib/store/schema';
import { benchDeal } from '../../bench/generate';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup } from '../../support/sample';

const FIELDS: Array<keyof DealKeys> = ['domain', 'gmailThread', 'jiraProject', 'jiraIssue', 'jiraUnbound', 'asana'];
const keys = (partial: Partial<DealKeys>): DealKeys => ({ domain: [], gmailThread: [], jiraProject: [], jiraIssue: [], jiraUnbound: [], asana: [], ...partial });

/** A part store in memory, as IndexedDB would keep it. */
function memoryParts() {
  const parts = new Map<number, LinkPart>();
  return {
    parts,
    get: async (p: number) => parts.get(p),
    put: (part: LinkPart) => parts.set(part.p, part),
    delete: (p: number) => parts.delete(p),
    buckets: (field: keyof DealKeys, key: string) => readPart(parts.get(partOf(linkEntry(field, key))))[linkEntry(field, key)] ?? [],
  };
}

describe('the link index in parts (issue 18)', () => {
  it.each([
    ['a new bucket adds its keys', [[1, undefined, keys({ domain: ['acme.com'] })]], { 'acme.com': [1] }],
    ['two buckets share a key', [[1, undefined, keys({ domain: ['acme.com'] })], [2, undefined, keys({ domain: ['acme.com'] })]], { 'acme.com': [1, 2] }],
    ['a key dropped from a bucket', [[1, undefined, keys({ domain: ['acme.com', 'b.com'] })], [1, keys({ domain: ['acme.com', 'b.com'] }), keys({ domain: ['b.com'] })]], { 'acme.com': [], 'b.com': [1] }],
    ['a deleted bucket', [[3, undefined, keys({ domain: ['acme.com'] })], [3, keys({ domain: ['acme.com'] }), undefined]], { 'acme.com': [] }],
  ] as Array<[string, Array<[number, DealKeys | undefined, DealKeys | undefined]>, Record<string, number[]>]>)('%s', async (_name, writes, expected) => {
    const store = memoryParts();
    // Each write in its own transaction, as the store makes them.
    for (const [b, before, after] of writes) {
      const changes = new LinkIndexChanges();
      changes.bucket(b, before, after);
      await changes.flush(store);
    }
    for (const [key, buckets] of Object.entries(expected)) expect(store.buckets('domain', key)).toEqual(buckets);
    // A part left with no entry is deleted, not kept as "{}".
    for (const part of store.parts.values()) expect(part.t).not.toBe('{}');
  });

  it('keeps a key of one field apart from the same text in another', async () => {
    const store = memoryParts();
    const changes = new LinkIndexChanges();
    changes.bucket(7, undefined, keys({ jiraUnbound: ['OPS'], jiraProject: ['https://a.atlassian.net OPS'] }));
    await changes.flush(store);
    expect(store.buckets('jiraUnbound', 'OPS')).toEqual([7]);
    expect(store.buckets('jiraProject', 'OPS')).toEqual([]);
  });
});

/** Small deals whose links collide often: few domains, threads, Jira keys and gids. */
const dealArb = fc.record({
  n: fc.integer({ min: 0, max: 30 }),
  domain: fc.constantFrom('acme.com', 'b.io', 'c.org'),
  thread: fc.constantFrom('18c2f0a900000001', '18c2f0a900000002'),
  jira: fc.constantFrom<Deal['links']['jira'][number]>({ site: 'https://a.atlassian.net', key: 'OPS' }, { site: 'https://a.atlassian.net', key: 'OPS-1' }, { site: null, key: 'ENG' }),
  asana: fc.constantFrom('1208800000000001', '1208800000000002'),
  more: fc.boolean(),
});
const makeDeal = (d: typeof dealArb extends fc.Arbitrary<infer T> ? T : never, updatedAt: string): Deal => ({
  ...benchDeal(d.n),
  id: `hubspot:${d.n}`,
  links: { domains: d.more ? [d.domain, 'shared.net'] : [d.domain], gmailThreads: [d.thread], jira: [d.jira], asana: d.more ? [] : [d.asana] },
  updatedAt,
});
const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), deal: dealArb }),
  fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('import' as const), deals: fc.array(dealArb, { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('sync' as const), deals: fc.array(dealArb, { maxLength: 5 }) }),
  fc.record({ kind: fc.constant('remove' as const), n: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('bind' as const) }),
);

describe('cold lookups after any mix of writes', () => {
  it('find exactly the deals a scan of every deal finds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = await openHandoffDb(freshDbName());
        let clock = Date.parse('2026-12-01T00:00:00Z');
        const now = () => new Date((clock += 1000));
        for (const o of ops) {
          if (o.kind === 'save') {
            const stored = (await listDeals(db)).find((d) => d.id === `hubspot:${o.deal.n}`);
            await saveDeal(db, makeDeal(o.deal, stored?.updatedAt ?? '2026-01-01T00:00:00.000Z'), now());
          } else if (o.kind === 'delete') await deleteDeal(db, `hubspot:${o.n}`);
          else if (o.kind === 'import') {
            const deals = [...new Map(o.deals.map((d) => [d.n, makeDeal(d, now().toISOString())])).values()];
            await importBackupText(db, JSON.stringify({ ...sampleBackup(), people: [], requests: [], deals }), 'ops.json');
          } else if (o.kind === 'sync') {
            const synced = [...new Map(o.deals.map((d) => [d.n, { ...makeDeal(d, now().toISOString()), crm: { source: 'hubspot', remoteId: String(d.n), domains: [d.domain] } }])).values()];
            await applySyncedDeals(db, synced as SyncedDeal[], now());
          } else if (o.kind === 'remove') await markRemovedDeals(db, 'hubspot', [String(o.n)], 'archived', now());
          else await bindUnboundJira(db, 'https://a.atlassian.net', ['ENG'], now());
        }
        const all = await listDeals(db);
        const lookups = FIELDS.flatMap((field) => [...new Set(all.flatMap((d) => dealKeys(d)[field]))].map((key) => ({ field, key })));
        lookups.push({ field: 'domain', key: 'never.example' });
        const found = await dealsByLinks(db, lookups);
        for (const { field, key } of lookups) {
          const expected = all.filter((d) => dealKeys(d)[field].includes(key)).map((d) => d.id).sort();
          expect(found.get(linkEntry(field, key))!.map((d) => d.id).sort(), `${field} ${key}`).toEqual(expected);
        }
        expect(await dealsByLink(db, 'domain', 'never.example')).toEqual([]);
        // Nor does it keep a bucket under a key none of its deals has any more.
        const held = new Map<string, number[]>();
        for (const part of await db.getAll('links')) for (const [entry, buckets] of Object.entries(readPart(part))) held.set(entry, [...buckets].sort((a, b) => a - b));
        const wanted = new Map<string, number[]>();
        for (const d of all) for (const field of FIELDS) for (const key of dealKeys(d)[field]) wanted.set(linkEntry(field, key), [...new Set([...(wanted.get(linkEntry(field, key)) ?? []), bucketOf(d.id)])].sort((a, b) => a - b));
        expect(held).toEqual(wanted);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
