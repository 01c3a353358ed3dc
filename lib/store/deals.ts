import type { IDBPTransaction } from 'idb';
import { dealSchema, type Deal } from '@/lib/model';
import type { HandoffDb } from './db';
import { abortQuietly, settled, StoreError, withStoreErrors } from './errors';
import { BucketWrites, storesOf } from './bucket-writes';
import { bucketOf, dealKeys, dealsOf } from './keys';
import { linkEntry, partOf, readPart, type LinkPart } from './link-index';
import { conflict, nextUpdatedAt, sameVersion } from './revision';
import { DEAL_BUCKETS, type DealBucket, type DealKeys, type HandoffDB } from './schema';

export async function listDeals(db: HandoffDb): Promise<Deal[]> {
  return (await db.getAll('deals')).flatMap(dealsOf);
}

/**
 * The deals of one part of the store: `part` of `parts` equal runs of
 * buckets (the worker's cache warms part by part, issue 18).
 */
export async function listDealsPart(db: HandoffDb, part: number, parts: number): Promise<Deal[]> {
  const from = Math.floor((DEAL_BUCKETS * part) / parts);
  const to = Math.floor((DEAL_BUCKETS * (part + 1)) / parts);
  if (to <= from) return [];
  return (await db.getAll('deals', IDBKeyRange.bound(from, to, false, true))).flatMap(dealsOf);
}

export async function getDeal(db: HandoffDb, id: string): Promise<Deal | null> {
  const bucket = await db.get('deals', bucketOf(id));
  return (bucket && dealsOf(bucket).find((d) => d.id === id)) ?? null;
}

type Lookup = { field: keyof DealKeys; key: string };

/**
 * Many lookups at once, in one transaction with every request in flight
 * together (a Jira board's cards on a cold worker): each `field NUL key`
 * gets its deals. The link index (link-index.ts) names the buckets, whose
 * deals are then filtered: two rounds of reads, each all at once.
 */
export async function dealsByLinks(db: HandoffDb, lookups: readonly Lookup[]): Promise<Map<string, Deal[]>> {
  const tx = db.transaction(['deals', 'links']);
  const found = await bucketsWithLinks(tx.objectStore('links'), tx.objectStore('deals'), lookups);
  return new Map([...found].map(([entry, { lookup, buckets }]) => [entry, buckets.flatMap(({ deals }) => deals.filter((d) => dealKeys(d)[lookup.field].includes(lookup.key)))]));
}

/** Deals with this link key. */
export async function dealsByLink(db: HandoffDb, field: keyof DealKeys, key: string): Promise<Deal[]> {
  return (await dealsByLinks(db, [{ field, key }])).get(linkEntry(field, key)) ?? [];
}

/** A bucket as read: its number, its deals and the link keys stored with them. */
export interface ReadBucket {
  b: number;
  deals: Deal[];
  k: DealKeys;
}

/** For each lookup (by its `linkEntry`), the buckets the link index names for it. */
export async function bucketsWithLinks(
  links: { get(p: number): Promise<LinkPart | undefined> },
  deals: { get(b: number): Promise<DealBucket | undefined> },
  lookups: readonly Lookup[],
): Promise<Map<string, { lookup: Lookup; buckets: ReadBucket[] }>> {
  const unique = new Map(lookups.map((l) => [linkEntry(l.field, l.key), l]));
  const partNumbers = [...new Set([...unique.keys()].map(partOf))];
  const parts = new Map((await Promise.all(partNumbers.map((p) => links.get(p)))).map((part, i) => [partNumbers[i]!, readPart(part)]));
  const named = new Map([...unique.keys()].map((entry) => [entry, parts.get(partOf(entry))![entry] ?? []]));
  const bucketNumbers = [...new Set([...named.values()].flat())];
  const read = await Promise.all(bucketNumbers.map((b) => deals.get(b)));
  const byNumber = new Map<number, ReadBucket>();
  read.forEach((record) => record && byNumber.set(record.b, { b: record.b, deals: dealsOf(record), k: record.k }));
  return new Map([...unique].map(([entry, lookup]) => [entry, { lookup, buckets: named.get(entry)!.flatMap((b) => byNumber.get(b) ?? []) }]));
}

/**
 * Saves a deal as the user edited it. It is validated first: an invalid
 * deal is refused with the field and the reason, and the stored one stays
 * as it was. Resolves only after the transaction has committed.
 *
 * A save replaces the whole deal, so it must be built on the stored
 * version: its `updatedAt` is the one it started from, and when the stored
 * deal's moved since (a link added from Gmail, another tab's save) the save
 * is refused as `conflict` rather than undo that change. `create: true`
 * wants no stored deal with this id; `create: false` wants one (a deal
 * deleted meanwhile is `not-found`); left out, either is fine.
 */
export async function saveDeal(db: HandoffDb, input: unknown, now: Date, opts: { create?: boolean } = {}): Promise<Deal> {
  const parsed = dealSchema.safeParse(input);
  if (!parsed.success) throw invalid('deal', parsed.error.issues);
  const edited = parsed.data;
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const b = bucketOf(edited.id);
    const record = await tx.objectStore('deals').get(b);
    const deals = record ? dealsOf(record) : [];
    const at = deals.findIndex((d) => d.id === edited.id);
    const stored = deals[at];
    const refusal =
      opts.create && stored ? new StoreError('invalid', `A deal with id "${edited.id}" already exists`, [{ field: 'id', message: 'already exists' }])
      : opts.create === false && !stored ? new StoreError('not-found', `No deal with id "${edited.id}": it was deleted elsewhere`)
      : stored && !sameVersion(stored.updatedAt, edited.updatedAt) ? conflict(`Deal "${stored.name || stored.id}"`)
      : null;
    if (refusal) {
      abortQuietly(tx);
      throw refusal;
    }
    const deal: Deal = { ...edited, updatedAt: nextUpdatedAt(now, stored?.updatedAt) };
    const next = stored ? deals.map((d, i) => (i === at ? deal : d)) : [...deals, deal];
    await writeAndFinish(tx, b, next, record);
    return deal;
  });
}

/**
 * Changes one stored deal in a single transaction: read, `change`, check,
 * write. Nothing can be written between the read and the write, so
 * concurrent changes (three links added at once) all land. `change` must be
 * synchronous (awaiting anything else would let the transaction commit
 * early); when it returns the deal unchanged nothing is written.
 */
export async function updateDeal(db: HandoffDb, id: string, change: (deal: Deal) => unknown, now: Date): Promise<Deal> {
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const b = bucketOf(id);
    const record = await tx.objectStore('deals').get(b);
    const deals = record ? dealsOf(record) : [];
    const at = deals.findIndex((d) => d.id === id);
    const stored = deals[at];
    if (!stored) {
      abortQuietly(tx);
      throw new StoreError('not-found', `No deal with id "${id}"`);
    }
    const changed = change(stored);
    if (changed === stored) {
      await tx.done;
      return stored;
    }
    const parsed = dealSchema.safeParse(changed);
    if (!parsed.success || parsed.data.id !== id) {
      abortQuietly(tx);
      throw parsed.success ? new StoreError('invalid', `A change to deal "${id}" may not change its id`) : invalid('deal', parsed.error.issues);
    }
    const deal: Deal = { ...parsed.data, updatedAt: nextUpdatedAt(now, stored.updatedAt) };
    await writeAndFinish(tx, b, deals.map((d, i) => (i === at ? deal : d)), record);
    return deal;
  });
}

export async function deleteDeal(db: HandoffDb, id: string): Promise<void> {
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const b = bucketOf(id);
    const bucket = await tx.objectStore('deals').get(b);
    const rest = (bucket ? dealsOf(bucket) : []).filter((d) => d.id !== id);
    await writeAndFinish(tx, b, rest, bucket);
  });
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function invalid(what: string, issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): StoreError {
  const problems: FieldProblem[] = issues.map((i) => ({ field: pathString(i.path), message: i.message }));
  const first = problems[0];
  return new StoreError('invalid', `Invalid ${what}: ${first ? `${first.field || what} ${first.message}` : 'unknown problem'}`, problems);
}

function pathString(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

type WriteTx = IDBPTransaction<HandoffDB, ['deals', 'dealStats', 'links'], 'readwrite'>;

/** Writes one bucket (replacing `before`) and its link-index change, and waits for the commit. */
async function writeAndFinish(tx: WriteTx, b: number, deals: Deal[], before: DealBucket | undefined): Promise<void> {
  const writes = new BucketWrites(storesOf(tx));
  writes.write(b, deals, before?.k);
  await Promise.all([writes.flush(), tx.done]);
}
