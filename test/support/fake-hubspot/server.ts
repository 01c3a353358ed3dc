import { createServer, request as httpsRequest } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './certificate';
import { route } from './routes';
import { createStore, type FakeHubSpotStore } from './store';

/**
 * A local HTTPS stand-in for api.hubapi.com (issue 16, item 6), written from
 * HubSpot's public CRM v3 guides. It serves the endpoints lib/crm/hubspot/client.ts
 * calls, from an in-memory store, with HubSpot's paging rules: at most 100 per
 * page, opaque `after` cursors, and search stopping at 10,000 results. Tests
 * can make it answer 401, 429 (with Retry-After), 500 or a malformed body
 * for the next K requests, and read back every request it saw.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

/**
 * `until`: the answer waits for this promise (a request in flight when the worker is stopped).
 * `path`: only a request to this path gets it (others pass), e.g. the note a write-back posts.
 */
type Fault = { status: number; retryAfter?: string; message?: string; until?: Promise<void>; path?: string } | 'malformed';

export interface FakeHubSpot {
  /** `https://127.0.0.1:<port>` */
  baseUrl: string;
  /** `127.0.0.1:<port>`, what the client's allow-list holds in tests */
  host: string;
  store: FakeHubSpotStore;
  requests: RecordedRequest[];
  /** The next `count` requests get this answer instead of the real one. */
  failNext(count: number, fault: Fault): void;
  /** Forgets faults not yet served and the request log (between tests). */
  reset(): void;
  /** A fetch that trusts this server's test certificate (and nothing else). */
  fetch: typeof fetch;
  close(): Promise<void>;
}

export async function startFakeHubSpot(options: { deals: number; token: string; baseMs?: number; port?: number }): Promise<FakeHubSpot> {
  const { key, cert } = selfSignedCertificate();
  const store = createStore(options.deals, options.baseMs);
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];

  const server = createServer({ key, cert }, (req, res) => {
    void readBody(req).then((raw) => {
      const url = new URL(req.url ?? '/', 'https://fake.invalid');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return send(res, 400, { status: 'error', message: 'Invalid JSON', category: 'VALIDATION_ERROR' });
      }
      requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization });
      const at = faults.findIndex((f) => f === 'malformed' || !f.path || f.path === url.pathname);
      const fault = at >= 0 ? faults.splice(at, 1)[0] : undefined;
      if (fault === 'malformed') return send(res, 200, { results: [{ id: 42, properties: {} }] });
      if (fault?.until) {
        void fault.until.then(() => send(res, fault.status, { status: 'error', message: fault.message ?? `fault ${fault.status}`, category: 'FAULT' }));
        return;
      }
      if (fault) {
        const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
        return send(res, fault.status, { status: 'error', message: fault.message ?? `fault ${fault.status}`, category: 'FAULT' }, headers);
      }
      if (req.headers.authorization !== `Bearer ${options.token}`) {
        return send(res, 401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' });
      }
      const [status, json] = route(store, req.method ?? 'GET', url, body);
      send(res, status, json);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `https://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    store,
    requests,
    failNext: (count, fault) => faults.push(...Array.from({ length: count }, () => fault)),
    reset: () => {
      faults.length = 0;
      requests.length = 0;
    },
    fetch: trustingFetch(cert),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  res.end(JSON.stringify(json));
}

/** `fetch` over node:https trusting only the given certificate, so the client's real HTTPS path is exercised. */
export function trustingFetch(ca: string): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const req = httpsRequest(url, { method: init?.method ?? 'GET', headers, ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: responseHeaders }));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (typeof init?.body === 'string') req.write(init.body);
      req.end();
    });
}
