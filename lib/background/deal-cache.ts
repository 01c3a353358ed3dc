import type { LinkLookup } from '@/lib/deal/link';
import type { Deal } from '@/lib/model';
import { dealKeys } from '@/lib/store/keys';
import type { DealKeys } from '@/lib/store/schema';

/**
 * The worker's in-memory copy of the deals and their link keys, so that the
 * lookups every page makes (one per thread, issue or task opened, and one
 * per board of cards) cost no IndexedDB read. IndexedDB stays the truth:
 * only this worker writes it and it tells the cache each write; a worker
 * that was stopped starts cold, answers from the indexes and warms up once
 * in the background.
 */
export class DealCache {
  private deals: Map<string, Deal> | null = null;
  private index = new Map<string, Set<string>>();
  private warming: Promise<void> | null = null;
  /** Bumped by every write, so a load that raced a write is thrown away. */
  private generation = 0;

  constructor(private readonly load: () => Promise<Deal[]>) {}

  get ready(): boolean {
    return this.deals !== null;
  }

  /** Deals with this link key, or null while the cache is cold. */
  lookup({ field, key }: LinkLookup): Deal[] | null {
    if (!this.deals) return null;
    const ids = this.index.get(indexKey(field, key));
    return ids ? [...ids].map((id) => this.deals!.get(id)!) : [];
  }

  warm(): Promise<void> {
    if (this.deals) return Promise.resolve();
    if (!this.warming) {
      const started = this.generation;
      this.warming = this.load()
        .then((deals) => {
          if (this.generation !== started) return;
          this.deals = new Map();
          this.index.clear();
          for (const deal of deals) this.add(deal);
        })
        .finally(() => {
          this.warming = null;
        });
    }
    return this.warming;
  }

  /** After a deal was saved (and committed). */
  put(deal: Deal): void {
    if (!this.deals) return void this.generation++;
    this.remove(deal.id);
    this.add(deal);
  }

  /** After a deal was deleted. */
  delete(id: string): void {
    if (!this.deals) return void this.generation++;
    this.remove(id);
  }

  /** After a write that touched many deals (import, delete all). */
  invalidate(): void {
    this.generation++;
    this.deals = null;
    this.index.clear();
  }

  private add(deal: Deal): void {
    this.deals!.set(deal.id, deal);
    for (const [field, keys] of Object.entries(dealKeys(deal)) as Array<[keyof DealKeys, string[]]>) {
      for (const key of keys) {
        const k = indexKey(field, key);
        const ids = this.index.get(k);
        if (ids) ids.add(deal.id);
        else this.index.set(k, new Set([deal.id]));
      }
    }
  }

  private remove(id: string): void {
    const old = this.deals!.get(id);
    if (!old) return;
    this.deals!.delete(id);
    for (const [field, keys] of Object.entries(dealKeys(old)) as Array<[keyof DealKeys, string[]]>) {
      for (const key of keys) this.index.get(indexKey(field, key))?.delete(id);
    }
  }
}

const indexKey = (field: keyof DealKeys, key: string) => `${field}\u0000${key}`;
