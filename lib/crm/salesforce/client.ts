import type { z } from 'zod';
import { createCrmHttp, CrmHttpError, type Clock, type CrmHttp, type RateLimiter, type RetryPolicy } from '../http';
import { refreshAccessToken, type SalesforceTokens } from './auth';
import { createResult, deletedResult, queryResult, type DeletedResult } from './schemas';

/**
 * Salesforce REST calls used by the sync (issue 16), written from the public
 * REST API Developer Guide (developer.salesforce.com/docs/platform/api-rest/guide/):
 * - query and paging: …/dome-query.html (nextRecordsUrl)
 * - deleted records:  …/resources-getdeleted.html
 * - create a record:  …/dome-sobject-create.html
 * - limits header:    …/headers-api-usage.html (Sforce-Limit-Info)
 * - errors:           developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 * Calls go to the org's My Domain (the one host the user granted), which
 * serves the REST API as well as OAuth, whatever `instance_url` says.
 */

/** The one REST API version Handoff speaks (Winter '25); every path is built from it. */
export const API_VERSION = 'v62.0';
export const API_PATH = `/services/data/${API_VERSION}`;

/**
 * Handoff stops a pass once the org has used this share of its daily API
 * allocation (a rolling 24 h count of every integration's calls), so the
 * org's other integrations are never starved by a PM's extension.
 */
export const USAGE_STOP_RATIO = 0.9;

export interface ApiUsage {
  used: number;
  limit: number;
}

/** `Sforce-Limit-Info: api-usage=18/5000` (other fields such as per-app-api-usage may follow after `;`). */
export function parseLimitInfo(header: string | null): ApiUsage | undefined {
  const match = header ? /(?:^|[;,\s])api-usage=(\d+)\/(\d+)/.exec(header) : null;
  if (!match) return undefined;
  const usage = { used: Number(match[1]), limit: Number(match[2]) };
  return usage.limit > 0 ? usage : undefined;
}

export interface SalesforceClientOptions {
  fetch: typeof fetch;
  /** The org's My Domain origin, e.g. `https://acme.my.salesforce.com`. */
  myDomain: string;
  connectedHosts: readonly string[];
  consumerKey: string;
  tokens: SalesforceTokens;
  /**
   * Called with renewed tokens BEFORE they are used: with rotation the old
   * refresh token is dead once Salesforce answers, so a worker stopped
   * right after must find the new one in storage.
   */
  onTokens: (tokens: SalesforceTokens) => Promise<void> | void;
  limiter: RateLimiter;
  clock?: Clock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Defaults to USAGE_STOP_RATIO. */
  stopAtUsage?: number;
}

export interface TaskFields {
  WhatId: string;
  Subject: string;
  Description: string;
  Status: string;
  /** `YYYY-MM-DD`. */
  ActivityDate: string;
}

export interface SalesforceClient {
  /** `GET /query?q=` — the first page of a SOQL query. */
  query<R extends z.ZodType>(soql: string, record: R): Promise<QueryPage<R>>;
  /** `GET <nextRecordsUrl>` — the next page of a query (or of a child relationship). */
  queryMore<R extends z.ZodType>(nextRecordsUrl: string, record: R): Promise<QueryPage<R>>;
  /** `GET /sobjects/Opportunity/deleted/?start=&end=` */
  deletedOpportunities(startMs: number, endMs: number): Promise<DeletedResult>;
  /** `POST /sobjects/Task` */
  createTask(task: TaskFields): Promise<{ id: string }>;
  /** The org's API usage from the last response, if any. */
  readonly usage: ApiUsage | undefined;
  /** HTTP requests made so far (retries and token refreshes included). */
  readonly requests: number;
}

export type QueryPage<R extends z.ZodType> = z.infer<ReturnType<typeof queryResult<R>>>;

/** Refreshes in flight, by refresh token: two clients of one org must not both spend a rotating token. */
const refreshing = new Map<string, Promise<SalesforceTokens>>();

export function salesforceClient(options: SalesforceClientOptions): SalesforceClient {
  const stopAt = options.stopAtUsage ?? USAGE_STOP_RATIO;
  let tokens = options.tokens;
  let usage: ApiUsage | undefined;
  let requests = 0;
  const countedFetch: typeof fetch = (input, init) => {
    requests++;
    return options.fetch(input, init);
  };
  const httpFor = (accessToken: string): CrmHttp =>
    createCrmHttp({
      fetch: countedFetch,
      baseUrl: options.myDomain,
      connectedHosts: options.connectedHosts,
      token: accessToken,
      limiter: options.limiter,
      clock: options.clock,
      random: options.random,
      retry: options.retry,
      onResponse: (response) => {
        usage = parseLimitInfo(response.headers.get('sforce-limit-info')) ?? usage;
      },
      // The daily allocation is spent: waiting seconds will not help, the next sync tries again.
      classifyError: (status, code) => (status === 403 && code === 'REQUEST_LIMIT_EXCEEDED' ? 'rate-limited' : undefined),
    });
  let http = httpFor(tokens.accessToken);

  function guardUsage(): void {
    if (!usage || usage.used < stopAt * usage.limit) return;
    const share = Math.floor((usage.used / usage.limit) * 100);
    throw new CrmHttpError(
      'rate-limited',
      `the org has used ${usage.used.toLocaleString('en-US')} of its ${usage.limit.toLocaleString('en-US')} daily API requests (${share} %); Handoff pauses at ${Math.round(stopAt * 100)} % to leave the rest to the org`,
    );
  }

  async function renew(): Promise<void> {
    const key = `${options.myDomain}|${tokens.refreshToken}`;
    let pending = refreshing.get(key);
    if (!pending) {
      const endpoint = { fetch: countedFetch, myDomain: options.myDomain, connectedHosts: options.connectedHosts, consumerKey: options.consumerKey };
      pending = refreshAccessToken(endpoint, tokens.refreshToken).then(async (renewed) => {
        await options.onTokens(renewed);
        return renewed;
      });
      refreshing.set(key, pending);
      void pending.finally(() => refreshing.delete(key)).catch(() => undefined);
    }
    try {
      tokens = await pending;
    } catch (error) {
      if (error instanceof CrmHttpError && error.kind === 'reconnect') {
        throw new CrmHttpError('reconnect', `the Salesforce session could not be renewed (${error.reason}); connect again`, error.status, error.code);
      }
      throw error;
    }
    http = httpFor(tokens.accessToken);
  }

  /** One call; a 401 (INVALID_SESSION_ID: the access token expired) renews the token once and retries. */
  async function call<T>(run: (http: CrmHttp) => Promise<T>): Promise<T> {
    guardUsage();
    const sent = tokens.accessToken;
    try {
      return await run(http);
    } catch (error) {
      if (!(error instanceof CrmHttpError) || error.status !== 401) throw error;
      // Another call may have renewed the token meanwhile: then just use it.
      if (tokens.accessToken === sent) await renew();
    }
    guardUsage();
    try {
      return await run(http);
    } catch (error) {
      if (error instanceof CrmHttpError && error.status === 401) {
        throw new CrmHttpError('reconnect', `Salesforce refused a freshly renewed session (${error.reason}); connect again`, 401, error.code);
      }
      throw error;
    }
  }

  return {
    query: (soql, record) => call((h) => h.request('GET', `${API_PATH}/query`, queryResult(record), { query: { q: soql } })),
    queryMore: (nextRecordsUrl, record) => {
      if (!nextRecordsUrl.startsWith('/services/data/')) return Promise.reject(new Error(`not a query locator: ${nextRecordsUrl}`));
      return call((h) => h.request('GET', nextRecordsUrl, queryResult(record)));
    },
    deletedOpportunities: (startMs, endMs) =>
      call((h) =>
        h.request('GET', `${API_PATH}/sobjects/Opportunity/deleted/`, deletedResult, { query: { start: isoUtc(startMs), end: isoUtc(endMs) } }),
      ),
    createTask: async (task) => ({ id: (await call((h) => h.request('POST', `${API_PATH}/sobjects/Task`, createResult, { body: task }))).id }),
    get usage() {
      return usage;
    },
    get requests() {
      return requests;
    },
  };
}

/** getDeleted's date form, `2026-06-01T10:00:00+00:00` (UTC, as the guide's example). */
export function isoUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

/**
 * getDeleted answers for no more than 15 days before the day of the call,
 * and `start` must precede `end` by more than a minute (REST guide,
 * resources-getdeleted; SOAP guide, getDeleted() rules). So the window is
 * clamped: `clamped` says the caller asked from further back than that, so
 * deletions before `startMs` could not be asked for. Null: the window
 * would be under the minute Salesforce requires (nothing to ask yet).
 */
export const DELETED_WINDOW_MS = 15 * 86_400_000;
export function deletedWindow(sinceMs: number | null, nowMs: number): { startMs: number; endMs: number; clamped: boolean } | null {
  // An hour of margin inside the 15 days, since "the day the call is executed" starts at midnight.
  const earliest = nowMs - DELETED_WINDOW_MS + 3_600_000;
  const wanted = sinceMs ?? earliest;
  const startMs = Math.max(wanted, earliest);
  if (nowMs - startMs <= 120_000) return null;
  return { startMs, endMs: nowMs, clamped: sinceMs !== null && sinceMs < earliest };
}
