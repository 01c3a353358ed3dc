import type { ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from '../fake-hubspot/certificate';
import { readBody, trustingFetch } from '../fake-hubspot/server';
import { authorize, token, type OAuthAnswer } from './oauth';
import { dataRoute, type Answer, type Locators } from './routes';
import { createStore, type FakeSalesforceStore } from './store';

/**
 * A local HTTPS stand-in for an org's My Domain host (issue 16, item 6),
 * written from Salesforce's public REST API and OAuth documentation (see
 * lib/crm/salesforce/). It serves:
 * - `GET  /services/oauth2/authorize` and `POST /services/oauth2/token` (./oauth.ts);
 * - `GET  /services/data/vXX.X/query?q=` and `…/query/<locator>-<offset>` (./routes.ts);
 * - `GET  /services/data/vXX.X/sobjects/Opportunity/deleted/?start=&end=`;
 * - `POST /services/data/vXX.X/sobjects/Task`.
 * Every API answer carries `Sforce-Limit-Info: api-usage=<used>/<limit>`;
 * a bearer token that is not current answers 401 INVALID_SESSION_ID, and
 * usage past the allocation 403 REQUEST_LIMIT_EXCEEDED. Tests can queue
 * faults (`failNext`) and read every request back (`log`).
 * A plain function over node:https, so an e2e run can start it in its own
 * Node process and point Chromium's --host-resolver-rules at its port.
 */

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** JSON bodies parsed; form bodies as an object of their fields. */
  body: unknown;
  authorization: string | undefined;
  contentType: string | undefined;
}

export interface Fault {
  status: number;
  errorCode?: string;
  message?: string;
  /** Which requests it hits: the REST API (default) or the OAuth token endpoint. */
  on?: 'data' | 'token';
}

export interface FakeSalesforceOptions {
  /** 0 (default): any free port. */
  port?: number;
  consumerKey?: string;
  /** Opportunities seeded at start. */
  opportunities?: number;
  /** SystemModstamp of the seeded opportunity i is baseMs + i s (default: 30 days before now). */
  baseMs?: number;
  /** Records per query page (Salesforce: 2,000 by default, fewer for wide rows). */
  batchSize?: number;
  /** Child rows per subquery page before the child relationship pages on its own. */
  childBatchSize?: number;
  multiCurrency?: boolean;
  /** Refresh token rotation (default on). */
  rotateRefreshTokens?: boolean;
  /** The org's clock (default Date.now); tests pass their virtual clock's `now`. */
  now?: () => number;
}

export interface FakeSalesforce {
  /** `https://127.0.0.1:<port>`: the My Domain origin in unit tests. */
  url: string;
  port: number;
  /** `127.0.0.1:<port>`, the connected host in unit tests. */
  host: string;
  store: FakeSalesforceStore;
  log: LoggedRequest[];
  failNext(count: number, fault: Fault): void;
  /** Query locators stop working, as after Salesforce's idle timeout (INVALID_QUERY_LOCATOR). */
  expireQueryLocators(): void;
  /** Forgets queued faults and the request log. */
  reset(): void;
  /** A fetch that trusts this server's test certificate (and nothing else). */
  fetch: typeof fetch;
  stop(): Promise<void>;
}

export async function startFakeSalesforce(options: FakeSalesforceOptions = {}): Promise<FakeSalesforce> {
  const { key, cert } = selfSignedCertificate();
  const store = createStore({ now: options.now, consumerKey: options.consumerKey, multiCurrency: options.multiCurrency, rotate: options.rotateRefreshTokens });
  if (options.opportunities) store.seedOpportunities(options.opportunities, options.baseMs);
  const log: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const locators: Locators = { pages: new Map(), next: 1, batchSize: options.batchSize ?? 2000, childBatchSize: options.childBatchSize ?? 200 };

  const server = createServer({ key, cert }, (req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'https://fake.invalid');
      const contentType = req.headers['content-type'];
      const form = contentType?.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(raw) : null;
      let body: unknown = form ? Object.fromEntries(form) : undefined;
      if (!form && raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, { status: 400, json: [{ message: 'The request body is not JSON', errorCode: 'JSON_PARSER_ERROR' }] });
        }
      }
      log.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization, contentType });
      const origin = `https://${req.headers.host ?? 'fake.invalid'}`;
      if (url.pathname === '/services/oauth2/authorize' && req.method === 'GET') return sendOAuth(res, authorize(store, url.searchParams));
      if (url.pathname === '/services/oauth2/token' && req.method === 'POST') {
        const fault = takeFault('token');
        if (fault) return sendOAuth(res, { status: fault.status, json: { error: fault.errorCode ?? 'server_error', error_description: fault.message ?? `fault ${fault.status}` } });
        if (!form) return sendOAuth(res, { status: 400, json: { error: 'invalid_request', error_description: 'must be form-encoded' } });
        return sendOAuth(res, token(store, form, origin));
      }
      if (!url.pathname.startsWith('/services/data/')) return send(res, { status: 404, json: [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }] });
      // Every REST call counts against the org's rolling 24-hour allocation, failed ones too.
      store.usage.used++;
      const usageHeader = { 'sforce-limit-info': `api-usage=${store.usage.used}/${store.usage.limit}` };
      const fault = takeFault('data');
      if (fault) {
        return send(res, { status: fault.status, json: [{ message: fault.message ?? `fault ${fault.status}`, errorCode: fault.errorCode ?? 'UNKNOWN_EXCEPTION' }] }, usageHeader);
      }
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !store.oauth.accessTokens.has(bearer)) {
        return send(res, { status: 401, json: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] }, usageHeader);
      }
      if (store.usage.used > store.usage.limit) {
        return send(res, { status: 403, json: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }] }, usageHeader);
      }
      send(res, dataRoute(store, locators, req.method ?? 'GET', url, body), usageHeader);
    });
  });

  function takeFault(on: 'data' | 'token'): Fault | undefined {
    const index = faults.findIndex((f) => (f.on ?? 'data') === on);
    return index < 0 ? undefined : faults.splice(index, 1)[0];
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    host: `127.0.0.1:${port}`,
    store,
    log,
    failNext: (count, fault) => faults.push(...Array.from({ length: count }, () => fault)),
    expireQueryLocators: () => locators.pages.clear(),
    reset: () => {
      faults.length = 0;
      log.length = 0;
    },
    fetch: trustingFetch(cert),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}): void {
  res.writeHead(answer.status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(answer.json === undefined ? '' : JSON.stringify(answer.json));
}

function sendOAuth(res: ServerResponse, answer: OAuthAnswer): void {
  if (answer.location) {
    res.writeHead(302, { location: answer.location });
    res.end();
  } else if (answer.text !== undefined) {
    res.writeHead(answer.status, { 'content-type': 'text/plain;charset=UTF-8' });
    res.end(answer.text);
  } else {
    // The token endpoint must not be cached (RFC 6749 §5.1).
    res.writeHead(answer.status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(answer.json));
  }
}
