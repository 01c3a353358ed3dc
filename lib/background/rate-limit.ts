/**
 * A token bucket per key (a tab): `capacity` messages at once, refilled at
 * `perSecond`. Bounds how fast one page can ask `jira.badges` to map keys
 * to deals (issue 13). The clock is injected so tests can drive it.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 1000,
  ) {}

  /** Takes one token for `key`; false when its bucket is empty. */
  take(key: string): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + (Math.max(0, t - b.at) / 1000) * this.perSecond);
    b.at = t;
    if (this.buckets.size >= this.maxKeys && !this.buckets.has(key)) this.prune(t);
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Forgets buckets that have refilled: they are the same as new ones. */
  private prune(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.capacity) this.buckets.delete(k);
    }
  }
}

/** `jira.badges`: a burst of 8 (a board split in chunks, SPA re-runs), then 4 a second, per tab. */
export const BADGE_RATE = { capacity: 8, perSecond: 4 } as const;