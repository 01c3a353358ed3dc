import { csvImportedId, LIVE_ID_PREFIX, type CrmOrigin, type SyncedDeal } from '@/lib/crm/mapping';
import { mergeSyncedDeal } from '@/lib/crm/merge';
import type { CrmSource } from '@/lib/crm/fields';
import type { Deal } from '@/lib/model';
import type { HandoffDb } from './db';
import { settled, withStoreErrors } from './errors';
import { BucketWrites, storesOf } from './bucket-writes';
import { bucketOf, dealsOf } from './keys';
import type { DealKeys } from './schema';
import { nextUpdatedAt } from './revision';

/**
 * Stores a page of deals from a CRM sync (issue 16) in ONE transaction: a
 * worker stopped mid-page leaves the page either stored whole or not at
 * all, and the sync's cursor is saved only after this resolves. Each deal
 * is merged over the stored one (lib/crm/merge.ts: the PM's fields are
 * never overwritten); a deal the CSV import brought in for the same CRM
 * record is taken over, keeping the PM's work, under the live id.
 */
export interface AppliedPage {
  /** Deals written (new or changed). */
  changed: Deal[];
  /** Stored unsigned, now signed: the "newly signed" notification's deals. */
  newlySigned: Deal[];
  unchanged: number;
  /** Ids of CSV-imported deals taken over (now stored under the live id). */
  takenOver: string[];
}

export async function applySyncedDeals(db: HandoffDb, synced: readonly SyncedDeal[], now: Date): Promise<AppliedPage> {
  if (!synced.length) return { changed: [], newlySigned: [], unchanged: 0, takenOver: [] };
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const buckets = new Map<number, Deal[]>();
    /** Each read bucket's stored link keys, for the link index. */
    const storedKeys = new Map<number, DealKeys | undefined>();
    const dirty = new Set<number>();
    const bucket = async (b: number) => {
      let deals = buckets.get(b);
      if (!deals) {
        const stored = await tx.objectStore('deals').get(b);
        buckets.set(b, (deals = stored ? dealsOf(stored) : []));
        storedKeys.set(b, stored?.k);
      }
      return deals;
    };
    const out: AppliedPage = { changed: [], newlySigned: [], unchanged: 0, takenOver: [] };
    for (const deal of synced) {
      const b = bucketOf(deal.id);
      const deals = await bucket(b);
      let stored = deals.find((d) => d.id === deal.id);
      if (!stored) {
        // The CSV import's deal for this record (`hubspot-123`), taken over once.
        const csvId = csvImportedId(deal.crm.source, deal.crm.remoteId);
        const csvBucket = bucketOf(csvId);
        const csvDeals = await bucket(csvBucket);
        const at = csvDeals.findIndex((d) => d.id === csvId);
        if (at >= 0) {
          stored = csvDeals[at];
          csvDeals.splice(at, 1);
          dirty.add(csvBucket);
          out.takenOver.push(csvId);
        }
      }
      const merged = mergeSyncedDeal(stored, deal);
      if (!merged.changed && stored?.id === deal.id) {
        out.unchanged++;
        continue;
      }
      const written: Deal = { ...merged.deal, updatedAt: nextUpdatedAt(now, stored?.updatedAt) };
      const at = deals.findIndex((d) => d.id === deal.id);
      if (at >= 0) deals[at] = written;
      else deals.push(written);
      dirty.add(b);
      out.changed.push(written);
      if (merged.newlySigned) out.newlySigned.push(written);
    }
    const writes = new BucketWrites(storesOf(tx));
    for (const b of dirty) writes.write(b, buckets.get(b)!, storedKeys.get(b));
    await Promise.all([writes.flush(), tx.done]);
    return out;
  });
}

const originOf = (deal: Deal) => (deal as { crm?: CrmOrigin & { removed?: string } }).crm;

/**
 * Marks deals the CRM archived or deleted: they stay, with the PM's notes,
 * links and confirmations, and say so (`crm.removed`). A deal that comes
 * back in a later sync loses the mark (the merge replaces `crm`).
 */
export async function markRemovedDeals(db: HandoffDb, source: CrmSource, remoteIds: readonly string[], how: 'archived' | 'deleted', now: Date): Promise<Deal[]> {
  if (!remoteIds.length) return [];
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const marked: Deal[] = [];
    const writes = new BucketWrites(storesOf(tx));
    const byBucket = new Map<number, string[]>();
    for (const remoteId of new Set(remoteIds)) {
      const id = LIVE_ID_PREFIX[source] + remoteId;
      byBucket.set(bucketOf(id), [...(byBucket.get(bucketOf(id)) ?? []), id]);
    }
    for (const [b, ids] of byBucket) {
      const bucket = await tx.objectStore('deals').get(b);
      if (!bucket) continue;
      const stored = dealsOf(bucket);
      let dirty = false;
      const next = stored.map((deal) => {
        const crm = originOf(deal);
        if (!ids.includes(deal.id) || !crm || crm.removed === how) return deal;
        dirty = true;
        const updated = { ...deal, crm: { ...crm, removed: how, removedAt: now.toISOString() }, updatedAt: nextUpdatedAt(now, deal.updatedAt) };
        marked.push(updated);
        return updated;
      });
      if (dirty) await Promise.all(writes.write(b, next, bucket.k));
    }
    await Promise.all([writes.flush(), tx.done]);
    return marked;
  });
}

/** How many stored deals came from this CRM (for the status line). */
export async function countCrmDeals(db: HandoffDb, source: CrmSource): Promise<number> {
  const prefix = LIVE_ID_PREFIX[source];
  let n = 0;
  for (const bucket of await db.getAll('deals')) for (const d of dealsOf(bucket)) if (d.id.startsWith(prefix)) n++;
  return n;
}
