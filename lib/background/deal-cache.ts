import type { LinkLookup } from '@/lib/deal/link';
import type { Deal } from '@/lib/model';
import { compareRows, pageOf, rowOf, sortName, type DealPage, type DealRow } from '@/lib/store/deal-rows';
import { dealKeys } from '@/lib/store/keys';
import type { DealKeys } from '@/lib/store/schema';

/** Reads the deals of one part of the store (`part` of `parts`); one part may be all of it. */
export type DealLoader = (part: number, parts: number) => Promise<Deal[]>;

/**
 * The worker's in-memory copy of the deals and their link keys, so that the
 * lookups every page makes (one per thread, issue or task opened, and one
 * per board of cards) cost no IndexedDB read. IndexedDB stays the truth:
 * only this worker writes it and it tells the cache each write.
 *
 * A worker that was stopped starts cold (issue 18): its first lookups are
 * answered from the indexes, and the cache warms BEHIND them (`warmSoon`),
 * one part at a time with a turn of the event loop between parts, so a
 * lookup that comes in meanwhile waits for one part at most, never for all
 * deals. Writes made while it warms are kept; the older copy a part read
 * before them is not.
 */
export class DealCache {
  private deals: Map<string, Deal> | null = null;
  /** Link key → the deal ids that have it: one id inline, several in a Set. */
  private index = new Map<string, string | Set<string>>();
  private complete = false;
  private warming: Promise<void> | null = null;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every write; `touched` says which write last touched an id while warming. */
  private generation = 0;
  private touched = new Map<string, number>();
  /** Bumped when everything was replaced (import, delete all): a warm-up under way stops. */
  private epoch = 0;
  private rows: DealRow[] | null = null;
  /** Answers under way that read IndexedDB themselves: warming waits for them (`foreground`). */
  private busy = 0;
  private quietWaiters: Array<() => void> = [];

  constructor(
    private readonly load: DealLoader,
    private readonly parts = 1,
    /** How long after the last cold lookup warming starts (ms). */
    private readonly delayMs = 300,
  ) {}

  get ready(): boolean {
    return this.complete;
  }

  /** Deals with this link key, or null while the cache is not (yet) complete. */
  lookup({ field, key }: LinkLookup): Deal[] | null {
    if (!this.complete) return null;
    const ids = this.index.get(indexKey(field, key));
    if (ids === undefined) return [];
    return typeof ids === 'string' ? [this.deals!.get(ids)!] : [...ids].map((id) => this.deals!.get(id)!);
  }

  /** A deal from memory; undefined while the cache is not complete (or it has no such deal). */
  get(id: string): Deal | undefined {
    return this.complete ? this.deals!.get(id) : undefined;
  }

  /** Every deal, once warm (the weekly agenda reads them all). */
  async all(): Promise<Deal[]> {
    while (!this.complete) await this.warm();
    return [...this.deals!.values()];
  }

  /** Starts warming a little later: after the answer that asked, not before it. */
  warmSoon(): void {
    if (this.complete || this.warming || this.scheduled) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = null;
      void this.warm().catch((e: unknown) => console.error('Handoff deal cache:', e));
    }, this.delayMs);
  }

  warm(): Promise<void> {
    if (this.complete) return Promise.resolve();
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
    this.warming ??= this.fill().finally(() => (this.warming = null));
    return this.warming;
  }

  /**
   * Runs an answer the page is waiting for ahead of warming: no part is read
   * while one is under way, so a cold lookup or the list's first rows never
   * queue behind the cache filling.
   */
  async foreground<T>(answer: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await answer();
    } finally {
      if (--this.busy === 0) for (const wake of this.quietWaiters.splice(0)) wake();
    }
  }

  private async quiet(): Promise<void> {
    while (this.busy > 0) await new Promise<void>((wake) => this.quietWaiters.push(wake));
  }

  private async fill(): Promise<void> {
    const epoch = this.epoch;
    this.deals = new Map();
    this.index.clear();
    this.touched.clear();
    for (let part = 0; part < this.parts; part++) {
      if (this.busy > 0) await this.quiet();
      if (this.epoch !== epoch) return;
      const readAt = this.generation;
      const deals = await this.load(part, this.parts);
      if (this.epoch !== epoch) return;
      for (const deal of deals) {
        // Written since this part was read: the cache already holds the newer state (or knows it is gone).
        if ((this.touched.get(deal.id) ?? -1) > readAt) continue;
        this.remove(deal.id);
        this.add(deal);
      }
      // A lookup or a write that came in meanwhile goes first.
      if (part + 1 < this.parts) await new Promise((r) => setTimeout(r, 0));
      if (this.epoch !== epoch) return;
    }
    this.complete = true;
    this.touched.clear();
  }

  /** After a deal was saved (and committed). */
  put(deal: Deal): void {
    this.wrote(deal.id);
    if (!this.deals) return;
    this.remove(deal.id);
    this.add(deal);
  }

  /** After a deal was deleted. */
  delete(id: string): void {
    this.wrote(id);
    if (this.deals) this.remove(id);
  }

  /** After a write that touched many deals (import, delete all): cold again, warmed again soon. */
  invalidate(): void {
    this.epoch++;
    this.generation++;
    this.deals = null;
    this.index.clear();
    this.complete = false;
    this.rows = null;
    this.touched.clear();
  }

  /**
   * A page of the options page's deals list, filtered in the worker (the
   * page never holds 10,000 deals). Rows are sorted once per change.
   */
  async page(matches: (row: DealRow) => boolean, limit: number): Promise<DealPage> {
    while (!this.complete) await this.warm();
    if (!this.rows) {
      const keyed = [...this.deals!.values()].map((d) => ({ row: rowOf(d), name: sortName(d.name) }));
      keyed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareRows(a.row, b.row)));
      this.rows = keyed.map((k) => k.row);
    }
    return pageOf(this.rows, matches, limit);
  }

  private wrote(id: string): void {
    this.generation++;
    this.rows = null;
    if (this.deals && !this.complete) this.touched.set(id, this.generation);
  }

  private add(deal: Deal): void {
    this.deals!.set(deal.id, deal);
    for (const [field, keys] of Object.entries(dealKeys(deal)) as Array<[keyof DealKeys, string[]]>) {
      for (const key of keys) {
        const k = indexKey(field, key);
        const ids = this.index.get(k);
        if (ids === undefined) this.index.set(k, deal.id);
        else if (typeof ids === 'string') {
          if (ids !== deal.id) this.index.set(k, new Set([ids, deal.id]));
        } else ids.add(deal.id);
      }
    }
  }

  private remove(id: string): void {
    const old = this.deals!.get(id);
    if (!old) return;
    this.deals!.delete(id);
    for (const [field, keys] of Object.entries(dealKeys(old)) as Array<[keyof DealKeys, string[]]>) {
      for (const key of keys) {
        const k = indexKey(field, key);
        const ids = this.index.get(k);
        if (ids === id) this.index.delete(k);
        else if (typeof ids === 'object') {
          ids.delete(id);
          if (ids.size === 1) this.index.set(k, [...ids][0]!);
        }
      }
    }
  }
}

const indexKey = (field: keyof DealKeys, key: string) => `${field}\u0000${key}`;
