import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createCrmHttp, CrmHttpError, CrmSchemaError, RateLimiter } from '@/lib/crm/http';
import { HUBSPOT_API, hubspotClient } from '@/lib/crm/hubspot/client';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectClient, TEST_TOKEN } from '@/test/support/fake-hubspot/connect';
import { startFakeHubSpot, type FakeHubSpot } from '@/test/support/fake-hubspot/server';

/** Failure answers of issue 16 item 5, through the real client against the fake HubSpot. */

const PROPS = ['dealname'];

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('HubSpot failures', () => {
  let server: FakeHubSpot;
  beforeAll(async () => {
    server = await startFakeHubSpot({ deals: 300, token: TEST_TOKEN });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('429 with Retry-After in seconds: waits that long, then succeeds', async () => {
    server.failNext(1, { status: 429, retryAfter: '30', message: 'You have reached your ten_secondly_rolling limit.' });
    const { client, clock } = connectClient(server);
    const page = await client.listDeals(PROPS);
    expect(page.deals).toHaveLength(100);
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('a 429 pauses the account’s shared limiter, so the account’s other requests wait too', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(100, 10_000, clock);
    server.failNext(1, { status: 429, retryAfter: '10' });
    const { client } = connectClient(server, { limiter }, clock);
    const start = clock.now();
    await client.listDeals(PROPS);
    // The queue behaviour itself is in hubspot-rate-limit.test.ts.
    expect(limiter.pausedUntil).toBe(start + 10_000);
  });

  it('429 with Retry-After as an HTTP date: waits until then', async () => {
    const clock = virtualClock();
    server.failNext(1, { status: 429, retryAfter: new Date(clock.now() + 20_000).toUTCString() });
    const { client } = connectClient(server, {}, clock);
    await client.listDeals(PROPS);
    expect(clock.sleeps).toEqual([20_000]);
  });

  it('429 without Retry-After backs off exponentially with jitter', async () => {
    server.failNext(3, { status: 429 });
    const { client, clock } = connectClient(server);
    await client.listDeals(PROPS);
    // base 1 s, equal jitter with random() = 0.5: 0.75 × 1 s, 2 s, 4 s.
    expect(clock.sleeps).toEqual([750, 1500, 3000]);
  });

  it('keeps answering 429 past the wait budget: a rate-limited error, not an endless wait', async () => {
    server.failNext(10, { status: 429, retryAfter: '30' });
    const { client } = connectClient(server, { retry: { budgetMs: 60_000 } });
    const error = await failure(client.listDeals(PROPS));
    expect(error).toBeInstanceOf(CrmHttpError);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(3);
  });

  it('500 is retried, then succeeds', async () => {
    server.failNext(2, { status: 500, message: 'internal error' });
    const { client, clock } = connectClient(server);
    const page = await client.listDeals(PROPS);
    expect(page.deals).toHaveLength(100);
    expect(server.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([750, 1500]);
  });

  it('500 that persists: a server error after a bounded number of retries', async () => {
    server.failNext(4, { status: 503, message: 'service unavailable' });
    const { client } = connectClient(server, { retry: { maxServerRetries: 3 } });
    const error = await failure(client.listDeals(PROPS));
    expect(error).toMatchObject({ kind: 'server', status: 503, reason: 'service unavailable' });
    expect(server.requests).toHaveLength(4);
  });

  it('401: a reconnect error with HubSpot’s reason, not retried', async () => {
    server.failNext(1, { status: 401, message: 'The OAuth token used to make this call expired.' });
    const { client } = connectClient(server);
    const error = await failure(client.listDeals(PROPS));
    expect(error).toMatchObject({ kind: 'reconnect', status: 401, reason: 'The OAuth token used to make this call expired.' });
    expect(server.requests).toHaveLength(1);
  });

  it('a wrong token and a missing scope (403) both ask to reconnect', async () => {
    const wrong = connectClient(server, { token: 'pat-eu1-wrong' }).client;
    expect(await failure(wrong.listDeals(PROPS))).toMatchObject({ kind: 'reconnect', status: 401 });
    server.failNext(1, { status: 403, message: 'This app hasn’t been granted all required scopes.' });
    const { client } = connectClient(server);
    expect(await failure(client.dealPipelines())).toMatchObject({ kind: 'reconnect', status: 403, reason: 'This app hasn’t been granted all required scopes.' });
  });

  it('never puts the token in an error, even when the CRM echoes it', async () => {
    server.failNext(1, { status: 401, message: `bad header: Bearer ${TEST_TOKEN}` });
    const log = vi.spyOn(console, 'error');
    const { client } = connectClient(server);
    const error = (await failure(client.listDeals(PROPS))) as CrmHttpError;
    expect(error.reason).toBe('bad header: Bearer [token]');
    expect(`${error.message} ${error.stack ?? ''} ${JSON.stringify(error)}`).not.toContain(TEST_TOKEN);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('a malformed response is a named schema error with the path of the bad field', async () => {
    server.failNext(1, 'malformed');
    const { client } = connectClient(server);
    const error = await failure(client.listDeals(PROPS));
    expect(error).toBeInstanceOf(CrmSchemaError);
    expect(error).toMatchObject({ name: 'CrmSchemaError', path: 'results.0.id', endpoint: 'GET /crm/v3/objects/deals' });
  });
});

describe('connected hosts only', () => {
  const fetchSpy = vi.fn<typeof fetch>();
  const base = { fetch: fetchSpy, token: TEST_TOKEN, limiter: new RateLimiter(100, 10_000, virtualClock()) };

  it('refuses a host the user did not connect, before any request', () => {
    const make = () => createCrmHttp({ ...base, baseUrl: 'https://api.hubapi.com.evil.example', connectedHosts: ['api.hubapi.com'] });
    expect(make).toThrow(CrmHttpError);
    expect(make).toThrow(/api\.hubapi\.com\.evil\.example is not a connected CRM host/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses plain HTTP even for a connected host', () => {
    expect(() => createCrmHttp({ ...base, baseUrl: 'http://api.hubapi.com', connectedHosts: ['api.hubapi.com'] })).toThrow(/not HTTPS/);
  });

  it('refuses a path that escapes to another host, before any request', async () => {
    const http = createCrmHttp({ ...base, baseUrl: HUBSPOT_API, connectedHosts: ['api.hubapi.com'] });
    const error = await failure(http.request('GET', '//evil.example/crm/v3/objects/deals', hubspotClientSchemaStub));
    expect(error).toMatchObject({ kind: 'host-not-connected' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('calls the connected host with the token in the Authorization header only', async () => {
    fetchSpy.mockResolvedValueOnce(new Response(JSON.stringify({ results: [] }), { status: 200 }));
    const client = hubspotClient(createCrmHttp({ ...base, baseUrl: HUBSPOT_API, connectedHosts: ['api.hubapi.com'] }));
    await client.dealPipelines();
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(String(url)).toBe('https://api.hubapi.com/crm/v3/pipelines/deals');
    expect(String(url)).not.toContain(TEST_TOKEN);
    expect(init?.headers).toMatchObject({ authorization: `Bearer ${TEST_TOKEN}` });
  });
});

// Any schema will do: the request must be refused before parsing.
const hubspotClientSchemaStub = z.unknown();
