import type { z } from 'zod';

/**
 * The one way the background worker talks to a CRM (issue 16, item 5).
 * Everything that varies in a test is injected: `fetch`, the clock (no real
 * sleeps in tests) and the random source for jitter. The bearer token is sent
 * in the Authorization header only and never appears in an error message.
 */

/** Time as the worker sees it; tests pass a virtual clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type CrmErrorKind = 'host-not-connected' | 'reconnect' | 'rate-limited' | 'server' | 'network' | 'http';

/**
 * A failure the UI can say in words: `kind` picks the wording, `reason` is
 * the CRM's own explanation, `code` its machine-readable error code when it
 * gives one (Salesforce's `errorCode`, e.g. `INVALID_FIELD`).
 */
export class CrmHttpError extends Error {
  override readonly name = 'CrmHttpError';
  constructor(
    readonly kind: CrmErrorKind,
    readonly reason: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(`${kind}${status ? ` (${status})` : ''}: ${reason}`);
  }
}

/** A response that does not have the shape we rely on; `path` names the bad field (e.g. `results.3.id`). */
export class CrmSchemaError extends Error {
  override readonly name = 'CrmSchemaError';
  constructor(
    readonly endpoint: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`unexpected response from ${endpoint}: ${path || '(root)'}: ${detail}`);
  }
}

/**
 * Sliding-window limiter, one per CRM account: HubSpot counts requests per
 * account (about 100 per 10 s for private apps, 190 on Professional and
 * Enterprise; developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines).
 * Callers queue in order instead of failing.
 */
export class RateLimiter {
  private readonly stamps: number[] = [];
  private tail: Promise<void> = Promise.resolve();
  /** Set by a 429: the CRM says the whole account is over, so every queued caller waits, not just the one told. */
  pausedUntil = 0;
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  acquire(): Promise<void> {
    const turn = this.tail.then(() => this.waitForSlot());
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  pauseUntil(at: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, at);
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      while (this.stamps.length && this.stamps[0]! <= now - this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.max) {
        this.stamps.push(now);
        return;
      }
      await this.clock.sleep(this.stamps[0]! + this.windowMs - now);
    }
  }
}

// Per clock: the worker has one (real time); each test has its own virtual one.
const limiters = new WeakMap<Clock, Map<string, RateLimiter>>();
/** The limiter shared by every client of one account (the limit is the account's, not the token's). */
export function rateLimiterFor(account: string, max = 100, windowMs = 10_000, clock: Clock = realClock): RateLimiter {
  let byAccount = limiters.get(clock);
  if (!byAccount) limiters.set(clock, (byAccount = new Map()));
  let limiter = byAccount.get(account);
  if (!limiter) byAccount.set(account, (limiter = new RateLimiter(max, windowMs, clock)));
  return limiter;
}

export interface RetryPolicy {
  /** 5xx and network failures retried at most this many times. */
  maxServerRetries: number;
  /** Total time we are willing to wait on 429s and 5xx for one request. */
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxServerRetries: 3, budgetMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 30_000 };

export interface CrmHttpOptions {
  fetch: typeof fetch;
  baseUrl: string;
  /** Hosts (`host[:port]`) the user connected; anything else is refused before a request is made. */
  connectedHosts: readonly string[];
  token: string;
  limiter: RateLimiter;
  clock?: Clock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Sees every response before its body is read (Salesforce reports the daily API usage in a header). */
  onResponse?: (response: Response) => void;
  /**
   * Overrides the kind of a failed response, e.g. Salesforce's 403
   * REQUEST_LIMIT_EXCEEDED is the daily allocation, not a reconnect. The
   * error is thrown as that kind at once, not retried.
   */
  classifyError?: (status: number, code: string | undefined) => CrmErrorKind | undefined;
}

export interface RequestOptions {
  query?: Record<string, string | readonly string[] | undefined>;
  body?: unknown;
}

export interface CrmHttp {
  request<S extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out but still grow. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return cap / 2 + random() * (cap / 2);
}

/** Checks the base URL before anything is sent: HTTPS, and a host the user connected. */
export function connectedBase(baseUrl: string, connectedHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new CrmHttpError('host-not-connected', `not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:') throw new CrmHttpError('host-not-connected', `${url.host} is not HTTPS`);
  if (!connectedHosts.includes(url.host)) throw new CrmHttpError('host-not-connected', `${url.host} is not a connected CRM host`);
  return url;
}

/**
 * The CRM's explanation of a failure. HubSpot answers `{ status, message,
 * category }`; Salesforce REST an array of `{ message, errorCode }`
 * (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm),
 * whose SOQL errors start by echoing the query: only the part after
 * `ERROR at Row:…` says what is wrong, so the echo is dropped.
 */
export function readFailure(text: string, fallback: string, token: string): { reason: string; code?: string } {
  let reason = fallback;
  let code: string | undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    const body = Array.isArray(parsed) ? (parsed[0] as unknown) : parsed;
    if (body && typeof body === 'object') {
      const { message, category, errorCode } = body as { message?: unknown; category?: unknown; errorCode?: unknown };
      if (typeof message === 'string' && message) reason = message.replace(/^[\s\S]*ERROR at Row:\d+:Column:\d+\s*/, '').trim() || message;
      else if (typeof category === 'string' && category) reason = category;
      if (typeof errorCode === 'string' && errorCode) code = errorCode;
    }
  } catch {
    if (text.trim()) reason = text.trim();
  }
  // A CRM may echo the header back; the token must never reach a log or the UI.
  return { reason: (token ? reason.split(token).join('[token]') : reason).slice(0, 300), ...(code ? { code } : {}) };
}

export function createCrmHttp(options: CrmHttpOptions): CrmHttp {
  const base = connectedBase(options.baseUrl, options.connectedHosts);
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };

  function urlFor(path: string, query: RequestOptions['query']): URL {
    const url = new URL(path, base);
    // A path like `//evil.example/x` resolves to another host: refuse it too.
    connectedBase(url.origin, options.connectedHosts);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : value.join(',');
      url.searchParams.set(key, text);
    }
    return url;
  }

  return {
    async request(method, path, schema, requestOptions = {}) {
      const url = urlFor(path, requestOptions.query);
      const endpoint = `${method} ${url.pathname}`;
      const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
      if (requestOptions.body !== undefined) headers['content-type'] = 'application/json';
      const body = requestOptions.body === undefined ? undefined : JSON.stringify(requestOptions.body);
      let waited = 0;
      let serverRetries = 0;
      for (let attempt = 0; ; attempt++) {
        await options.limiter.acquire();
        let response: Response | undefined;
        let failure: CrmHttpError;
        try {
          response = await options.fetch(url.href, { method, headers, body });
        } catch (error) {
          failure = new CrmHttpError('network', error instanceof Error ? error.message : String(error));
        }
        if (response) {
          options.onResponse?.(response);
          const text = await response.text();
          if (response.ok) return parse(schema, endpoint, text);
          const { reason, code } = readFailure(text, response.statusText || `HTTP ${response.status}`, options.token);
          const kind = options.classifyError?.(response.status, code);
          if (kind) throw new CrmHttpError(kind, reason, response.status, code);
          if (response.status === 401 || response.status === 403) throw new CrmHttpError('reconnect', reason, response.status, code);
          if (response.status === 429) {
            const retryAfter = parseRetryAfter(response.headers.get('retry-after'), clock.now());
            const delay = Math.max(retryAfter ?? 0, backoffMs(attempt, policy, random));
            if (waited + delay > policy.budgetMs) throw new CrmHttpError('rate-limited', reason, 429, code);
            waited += delay;
            options.limiter.pauseUntil(clock.now() + delay);
            continue;
          }
          if (response.status < 500) throw new CrmHttpError('http', reason, response.status, code);
          failure = new CrmHttpError('server', reason, response.status, code);
        }
        const delay = backoffMs(attempt, policy, random);
        if (serverRetries >= policy.maxServerRetries || waited + delay > policy.budgetMs) throw failure!;
        serverRetries++;
        waited += delay;
        await clock.sleep(delay);
      }
    },
  };
}

function parse<S extends z.ZodType>(schema: S, endpoint: string, text: string): z.infer<S> {
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    throw new CrmSchemaError(endpoint, '', 'not JSON');
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CrmSchemaError(endpoint, issue ? issue.path.map(String).join('.') : '', issue?.message ?? 'invalid');
}
