import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/lib/background/rate-limit';

describe('RateLimiter (token bucket per tab, fake clock)', () => {
  // [what, capacity, per second, steps: [ms since start, key, expected]]
  it.each<[string, number, number, Array<[number, string, boolean]>]>([
    ['a burst up to the capacity, then refused', 3, 1, [[0, 'a', true], [0, 'a', true], [0, 'a', true], [0, 'a', false]]],
    ['refills at its rate', 2, 4, [[0, 'a', true], [0, 'a', true], [0, 'a', false], [200, 'a', false], [250, 'a', true], [250, 'a', false]]],
    ['never above the capacity after a long pause', 2, 10, [[0, 'a', true], [60_000, 'a', true], [60_000, 'a', true], [60_000, 'a', false]]],
    ['each key its own bucket', 1, 1, [[0, 'a', true], [0, 'b', true], [0, 'a', false], [0, 'b', false], [1000, 'a', true]]],
    ['a clock that goes back gives nothing', 1, 1, [[5000, 'a', true], [1000, 'a', false], [2000, 'a', true]]],
  ])('%s', (_what, capacity, perSecond, steps) => {
    let now = 0;
    const limiter = new RateLimiter(capacity, perSecond, () => now);
    steps.forEach(([t, key, allowed], i) => {
      now = t;
      expect(limiter.take(key), `step ${i}`).toBe(allowed);
    });
  });

  it('stays bounded: refilled buckets are forgotten when many tabs have asked', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1, () => now, 10);
    for (let i = 0; i < 10; i++) limiter.take(`tab${i}`);
    now = 10_000;
    expect(limiter.take('new')).toBe(true);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });
});
