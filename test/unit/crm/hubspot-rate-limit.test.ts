import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { backoffMs, createCrmHttp, DEFAULT_RETRY, parseRetryAfter, RateLimiter, rateLimiterFor } from '@/lib/crm/http';
import { virtualClock } from '@/test/support/fake-hubspot/clock';

/** The HTTP layer's waiting rules on their own, with virtual time. */

describe('per-account rate limiter', () => {
  it('lets 100 requests through per 10 s and queues the rest in order, without failing', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(100, 10_000, clock);
    const start = clock.now();
    const granted: Array<{ i: number; at: number }> = [];
    await Promise.all(Array.from({ length: 250 }, (_, i) => limiter.acquire().then(() => granted.push({ i, at: clock.now() - start }))));
    expect(granted.map((g) => g.i)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(granted.filter((g) => g.at < 10_000)).toHaveLength(100);
    expect(granted.filter((g) => g.at >= 10_000 && g.at < 20_000)).toHaveLength(100);
    expect(granted.at(-1)!.at).toBe(20_000);
  });

  it('after a 429 every queued caller of the account waits, not only the one that was told', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(100, 10_000, clock);
    const start = clock.now();
    limiter.pauseUntil(start + 30_000);
    const at: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.acquire().then(() => at.push(clock.now() - start))));
    expect(at).toEqual([30_000, 30_000, 30_000]);
  });

  it('is configurable (e.g. 190 per 10 s on Professional) and shared by every client of one account', () => {
    const clock = virtualClock();
    const a = rateLimiterFor('hubspot:portal-1', 190, 10_000, clock);
    expect(rateLimiterFor('hubspot:portal-1', 100, 10_000, clock)).toBe(a);
    expect(a.max).toBe(190);
    expect(rateLimiterFor('hubspot:portal-2', 190, 10_000, clock)).not.toBe(a);
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.UTC(2026, 5, 1, 12, 0, 0);

  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('10', now)).toBe(10_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 01 Jun 2026 12:00:45 GMT', now)).toBe(45_000);
    expect(parseRetryAfter('Mon, 01 Jun 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('grows exponentially, is capped, and its jitter stays within half the step', () => {
    expect(backoffMs(0, DEFAULT_RETRY, () => 0)).toBe(500);
    expect(backoffMs(0, DEFAULT_RETRY, () => 1)).toBe(1000);
    expect(backoffMs(3, DEFAULT_RETRY, () => 0)).toBe(4000);
    expect(backoffMs(20, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});

describe('network failures', () => {
  it('are retried like a 5xx, then reported as network errors', async () => {
    const clock = virtualClock();
    const fetchStub = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('fetch failed'))
      .mockResolvedValueOnce(new Response('{"ok":true}', { status: 200 }));
    const http = createCrmHttp({
      fetch: fetchStub,
      baseUrl: 'https://api.hubapi.com',
      connectedHosts: ['api.hubapi.com'],
      token: 'pat-na1-test-token',
      limiter: new RateLimiter(100, 10_000, clock),
      clock,
      random: () => 0.5,
    });
    await expect(http.request('GET', '/x', z.object({ ok: z.boolean() }))).resolves.toEqual({ ok: true });
    expect(clock.sleeps).toEqual([750]);

    fetchStub.mockReset().mockRejectedValue(new TypeError('fetch failed'));
    await expect(http.request('GET', '/x', z.unknown())).rejects.toMatchObject({ kind: 'network', reason: 'fetch failed' });
    expect(fetchStub).toHaveBeenCalledTimes(1 + DEFAULT_RETRY.maxServerRetries);
  });

  it('a 4xx other than 401/403/429 is not retried and keeps HubSpot’s message', async () => {
    const clock = virtualClock();
    const body = JSON.stringify({ status: 'error', message: 'Property values were not valid', category: 'VALIDATION_ERROR' });
    const fetchStub = vi.fn<typeof fetch>().mockResolvedValue(new Response(body, { status: 400 }));
    const http = createCrmHttp({ fetch: fetchStub, baseUrl: 'https://api.hubapi.com', connectedHosts: ['api.hubapi.com'], token: 'pat-na1-test-token', limiter: new RateLimiter(100, 10_000, clock), clock });
    await expect(http.request('POST', '/x', z.unknown(), { body: {} })).rejects.toMatchObject({ kind: 'http', status: 400, reason: 'Property values were not valid' });
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });
});
