import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CrmHttpError } from '@/lib/crm/http';
import { API_PATH } from '@/lib/crm/salesforce/client';
import { stageRow } from '@/lib/crm/salesforce/schemas';
import { STAGES_QUERY } from '@/lib/crm/salesforce/soql';
import type { SyncPage } from '@/lib/crm/sync/source';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectSource } from '@/test/support/fake-salesforce/connect';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';

/** Expired sessions, revoked grants, the daily allocation and server errors, against the fake org over HTTPS. */

const clock = virtualClock();
const mapping = () => ({ now: new Date(clock.now()) });

async function failure(promise: Promise<unknown>): Promise<CrmHttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CrmHttpError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('Salesforce sessions', () => {
  let server: FakeSalesforce;
  beforeAll(async () => {
    server = await startFakeSalesforce({ opportunities: 10, now: clock.now });
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.reset();
    server.store.oauth.rotate = true;
  });

  it('an expired session (401 INVALID_SESSION_ID) is renewed once, the rotated tokens saved before use, and the call retried', async () => {
    const { source, tokens, saved } = connectSource(server, {
      onTokens: (renewed) => {
        // Saved while the retried call has not gone out yet.
        savedAt.push(server.log.length);
        saved.push(renewed);
      },
    });
    const savedAt: number[] = [];
    server.store.expireAccessTokens();
    const page = await source.client.query(STAGES_QUERY, stageRow);
    expect(page.records).toHaveLength(6);
    expect(server.log.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${API_PATH}/query`, 'POST /services/oauth2/token', `GET ${API_PATH}/query`]);
    expect(savedAt).toEqual([2]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.refreshToken).not.toBe(tokens.refreshToken);
    expect(server.log[2]!.authorization).toBe(`Bearer ${saved[0]!.accessToken}`);
    // The next expiry uses the rotated refresh token (the old one is dead).
    server.store.expireAccessTokens();
    await source.client.query(STAGES_QUERY, stageRow);
    expect(saved).toHaveLength(2);
    expect(server.log.at(-2)!.body).toMatchObject({ grant_type: 'refresh_token', refresh_token: saved[0]!.refreshToken });
  });

  it('two calls that meet an expired session together renew it once', async () => {
    const { source, saved } = connectSource(server);
    server.store.expireAccessTokens();
    await Promise.all([source.client.query(STAGES_QUERY, stageRow), source.client.query(STAGES_QUERY, stageRow)]);
    expect(server.log.filter((r) => r.path === '/services/oauth2/token')).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });

  it('a revoked refresh token (invalid_grant) asks to reconnect, with Salesforce’s reason', async () => {
    const { source, saved } = connectSource(server);
    server.store.expireAccessTokens();
    server.store.oauth.refreshTokens.clear();
    const error = await failure(source.client.query(STAGES_QUERY, stageRow));
    expect(error).toMatchObject({ kind: 'reconnect', code: 'invalid_grant' });
    expect(error.reason).toBe('the Salesforce session could not be renewed (invalid_grant: expired access/refresh token); connect again');
    expect(saved).toEqual([]);
  });

  it('a 401 again with the renewed token is a reconnect, not a loop', async () => {
    const { source } = connectSource(server);
    server.failNext(2, { status: 401, errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
    const error = await failure(source.client.query(STAGES_QUERY, stageRow));
    expect(error).toMatchObject({ kind: 'reconnect', status: 401, code: 'INVALID_SESSION_ID' });
    expect(server.log).toHaveLength(3);
  });

  it('403 for missing permissions asks to reconnect with the reason', async () => {
    const { source } = connectSource(server);
    server.failNext(1, { status: 403, errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id' });
    expect(await failure(source.client.query(STAGES_QUERY, stageRow))).toMatchObject({
      kind: 'reconnect', status: 403, code: 'INSUFFICIENT_ACCESS', reason: 'insufficient access rights on object id',
    });
  });
});

describe('Salesforce limits and server errors', () => {
  let server: FakeSalesforce;
  beforeAll(async () => {
    server = await startFakeSalesforce({ opportunities: 1000, now: clock.now, batchSize: 200 });
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.reset();
    server.store.usage = { used: 0, limit: 100_000 };
  });

  it('403 REQUEST_LIMIT_EXCEEDED is the daily allocation: rate-limited, not reconnect, and not retried', async () => {
    const { source } = connectSource(server);
    server.failNext(1, { status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' });
    expect(await failure(source.client.query(STAGES_QUERY, stageRow))).toMatchObject({
      kind: 'rate-limited', status: 403, code: 'REQUEST_LIMIT_EXCEEDED', reason: 'TotalRequests Limit exceeded.',
    });
    expect(server.log).toHaveLength(1);
  });

  it('the fake org itself answers 403 REQUEST_LIMIT_EXCEEDED once the allocation is spent', async () => {
    server.store.usage = { used: 100_000, limit: 100_000 };
    const { source } = connectSource(server, { stopAtUsage: 2 });
    expect(await failure(source.client.query(STAGES_QUERY, stageRow))).toMatchObject({ kind: 'rate-limited', code: 'REQUEST_LIMIT_EXCEEDED' });
  });

  it('reads the daily usage from Sforce-Limit-Info', async () => {
    server.store.usage = { used: 1234, limit: 15_000 };
    const { source } = connectSource(server);
    await source.client.query(STAGES_QUERY, stageRow);
    expect(source.client.usage).toEqual({ used: 1235, limit: 15_000 });
  });

  it('stops a pass at 90 % of the daily allocation, after storing the page that crossed it, saying the usage', async () => {
    server.store.usage = { used: 89_998, limit: 100_000 };
    const { source } = connectSource(server);
    const pages: SyncPage[] = [];
    let stopped: unknown;
    try {
      for await (const page of source.firstPass(mapping(), null, 90)) pages.push(page);
    } catch (error) {
      stopped = error;
    }
    // Page 1 (89,999 with the stage query: 90,000) crossed 90 %: it is yielded, nothing more is asked.
    expect(pages).toHaveLength(1);
    expect(pages[0]!.cursor).not.toBeNull();
    expect(server.log).toHaveLength(2);
    expect(stopped).toBeInstanceOf(CrmHttpError);
    expect(stopped).toMatchObject({ kind: 'rate-limited' });
    expect((stopped as CrmHttpError).reason).toBe(
      'the org has used 90,000 of its 100,000 daily API requests (90 %); Handoff pauses at 90 % to leave the rest to the org',
    );
  });

  it('500 is retried with backoff, then succeeds', async () => {
    const { source, clock: own } = connectSource(server);
    server.failNext(2, { status: 500, errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred' });
    const page = await source.client.query(STAGES_QUERY, stageRow);
    expect(page.records).toHaveLength(6);
    expect(server.log).toHaveLength(3);
    expect(own.sleeps).toEqual([750, 1500]);
  });

  it('503 that persists is a server error after a bounded number of retries', async () => {
    const { source } = connectSource(server, { retry: { maxServerRetries: 3 } });
    server.failNext(4, { status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Server temporarily unavailable' });
    expect(await failure(source.client.query(STAGES_QUERY, stageRow))).toMatchObject({ kind: 'server', status: 503, reason: 'Server temporarily unavailable' });
    expect(server.log).toHaveLength(4);
  });
});
