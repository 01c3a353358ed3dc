import type { Deal } from '@/lib/model';
import { writeBucket } from './keys';
import { LinkIndexChanges, type PartStore } from './link-index';
import type { DealBucket, DealKeys, DealStats } from './schema';

/** The stores a transaction's deal writes go to (idb's, or plain IndexedDB ones for speed). */
export interface BucketStores {
  deals: { put(v: DealBucket): unknown; delete(key: number): unknown };
  stats: { put(v: DealStats): unknown; delete(key: number): unknown };
  links: PartStore;
}

/**
 * The deal writes of one transaction over `deals`, `dealStats` and `links`:
 * each bucket as it changes, with its counts, and the link index's change
 * they make together, written by `flush` inside the same transaction. Every
 * deal writer goes through here, so none can write a bucket and forget its
 * link keys (test/unit/store/link-index.test.ts runs them all).
 */
export class BucketWrites {
  private readonly links = new LinkIndexChanges();
  private readonly requests: unknown[] = [];

  constructor(private readonly stores: BucketStores) {}

  /** Writes bucket `b` as `list` (deleting it when empty), replacing the record whose keys were `before`; its requests, to wait for. */
  write(b: number, list: Deal[], before: DealKeys | undefined): unknown[] {
    const requests = writeBucket(this.stores.deals, this.stores.stats, b, list, before, this.links);
    this.requests.push(...requests);
    return requests;
  }

  /**
   * Writes the link index's change, inside the transaction; done when it is, and when the bucket
   * writes are if they were idb's promises (plain requests report through the transaction's end).
   */
  flush(): Promise<unknown> {
    return Promise.all([...this.requests, this.links.flush(this.stores.links)]);
  }
}

/** The stores of an idb transaction over `deals`, `dealStats` and `links`. */
export function storesOf(tx: { objectStore(name: 'deals'): BucketStores['deals']; objectStore(name: 'dealStats'): BucketStores['stats']; objectStore(name: 'links'): PartStore }): BucketStores {
  return { deals: tx.objectStore('deals'), stats: tx.objectStore('dealStats'), links: tx.objectStore('links') };
}
