import { createServer, request as httpsRequest } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './certificate';
import { createStore, toJson, type FakeHubSpotStore, type StoredObject } from './store';

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

type Fault = { status: number; retryAfter?: string; message?: string } | 'malformed';

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

const PAGE_MAX = 100;
const SEARCH_CAP = 10_000;

export async function startFakeHubSpot(options: { deals: number; token: string; baseMs?: number }): Promise<FakeHubSpot> {
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
      const fault = faults.shift();
      if (fault === 'malformed') return send(res, 200, { results: [{ id: 42, properties: {} }] });
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
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

function route(store: FakeHubSpotStore, method: string, url: URL, body: unknown): [number, unknown] {
  const path = url.pathname;
  if (method === 'GET' && path === '/crm/v3/objects/deals') {
    const offset = cursor(url.searchParams.get('after'));
    const limit = Math.min(PAGE_MAX, Number(url.searchParams.get('limit') ?? 10));
    const properties = url.searchParams.get('properties')?.split(',').filter(Boolean);
    const withAssociations = Boolean(url.searchParams.get('associations'));
    const live = store.deals.filter((d) => !d.archived);
    const slice = live.slice(offset, offset + limit);
    const next = offset + limit < live.length ? { next: { after: String(offset + limit), link: `${path}?after=${offset + limit}` } } : undefined;
    return [200, { results: slice.map((d) => toJson(d, properties, withAssociations)), ...(next ? { paging: next } : {}) }];
  }
  if (method === 'POST' && path === '/crm/v3/objects/deals/search') return search(store.deals, body as SearchBody);
  const batch = /^\/crm\/v3\/objects\/(companies|contacts)\/batch\/read$/.exec(path);
  if (method === 'POST' && batch) {
    const { inputs = [], properties } = body as { inputs?: Array<{ id: string }>; properties?: string[] };
    if (inputs.length > PAGE_MAX) return [400, { status: 'error', message: `too many inputs: ${inputs.length}`, category: 'VALIDATION_ERROR' }];
    const source = batch[1] === 'companies' ? store.companies : store.contacts;
    const found = inputs.map((i) => source.get(i.id)).filter((o): o is StoredObject => Boolean(o));
    const missing = inputs.filter((i) => !source.has(i.id));
    const now = new Date().toISOString();
    const answer = { status: 'COMPLETE', results: found.map((o) => toJson(o, properties)), startedAt: now, completedAt: now };
    if (!missing.length) return [200, answer];
    return [207, { ...answer, numErrors: missing.length, errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some records', context: { ids: missing.map((m) => m.id) } }] }];
  }
  if (method === 'GET' && path === '/crm/v3/pipelines/deals') return [200, { results: store.pipelines }];
  if (method === 'POST' && path === '/crm/v3/objects/notes') {
    const { properties = {}, associations = [] } = body as { properties?: Record<string, string>; associations?: unknown[] };
    if (!properties.hs_timestamp) return [400, { status: 'error', message: 'hs_timestamp is required', category: 'VALIDATION_ERROR' }];
    const now = new Date().toISOString();
    const note = { id: String(900_000 + store.notes.length), properties: { ...properties }, createdAt: now, updatedAt: now, archived: false, associations };
    store.notes.push(note);
    return [201, toJson(note, undefined)];
  }
  return [404, { status: 'error', message: `no route ${method} ${path}`, category: 'OBJECT_NOT_FOUND' }];
}

interface SearchBody {
  filterGroups?: Array<{ filters: Array<{ propertyName: string; operator: string; value?: string }> }>;
  sorts?: Array<{ propertyName: string; direction?: string } | string>;
  properties?: string[];
  limit?: number;
  after?: string;
}

/** Numbers, epoch-ms strings and ISO dates compare as numbers; anything else as text. */
function comparable(value: string | null | undefined): number | string {
  if (value == null) return '';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? value : at;
}

function matches(deal: StoredObject, filter: { propertyName: string; operator: string; value?: string }): boolean {
  const have = comparable(deal.properties[filter.propertyName]);
  const want = comparable(filter.value);
  switch (filter.operator) {
    case 'EQ': return have === want;
    case 'NEQ': return have !== want;
    case 'GT': return have > want;
    case 'GTE': return have >= want;
    case 'LT': return have < want;
    case 'LTE': return have <= want;
    default: throw new Error(`fake HubSpot: operator ${filter.operator} not supported`);
  }
}

function search(deals: StoredObject[], body: SearchBody): [number, unknown] {
  const groups = body.filterGroups ?? [];
  // Filter groups are ORed, filters within a group ANDed (search guide).
  let hits = deals.filter((d) => !d.archived && (!groups.length || groups.some((g) => g.filters.every((f) => matches(d, f)))));
  const sort = body.sorts?.[0];
  if (sort) {
    const name = typeof sort === 'string' ? sort : sort.propertyName;
    const sign = typeof sort !== 'string' && sort.direction === 'DESCENDING' ? -1 : 1;
    hits = [...hits].sort((a, b) => {
      const x = comparable(a.properties[name]);
      const y = comparable(b.properties[name]);
      return x < y ? -sign : x > y ? sign : Number(a.id) - Number(b.id);
    });
  }
  const offset = cursor(body.after);
  const limit = Math.min(PAGE_MAX, body.limit ?? 10);
  if (offset >= SEARCH_CAP) return [400, { status: 'error', message: 'paging beyond 10,000 results is not supported', category: 'VALIDATION_ERROR' }];
  const slice = hits.slice(offset, offset + limit);
  const nextAt = offset + limit;
  // The cursor is offered even at the cap; following it is the 400 above (search guide, "Limitations").
  const paging = nextAt < hits.length ? { paging: { next: { after: String(nextAt) } } } : {};
  return [200, { total: hits.length, results: slice.map((d) => toJson(d, body.properties)), ...paging }];
}

function cursor(after: string | null | undefined): number {
  const n = Number(after ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function readBody(req: IncomingMessage): Promise<string> {
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
