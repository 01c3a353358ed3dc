import { toJson, type FakeHubSpotStore, type StoredObject } from './store';

/**
 * The fake HubSpot's endpoints (test/support/fake-hubspot/server.ts), each as
 * HubSpot's public CRM guides describe it: paging, the search cap, 207
 * partial batch reads, v4 association ids as numbers.
 */

const PAGE_MAX = 100;
const SEARCH_CAP = 10_000;
const notFound = (message: string): [number, unknown] => [404, { status: 'error', message, category: 'OBJECT_NOT_FOUND' }];

export function route(store: FakeHubSpotStore, method: string, url: URL, body: unknown): [number, unknown] {
  const path = url.pathname;
  if (method === 'GET' && path === '/crm/v3/objects/deals') {
    const offset = cursor(url.searchParams.get('after'));
    const limit = Math.min(PAGE_MAX, Number(url.searchParams.get('limit') ?? 10));
    const properties = url.searchParams.get('properties')?.split(',').filter(Boolean);
    const withAssociations = Boolean(url.searchParams.get('associations'));
    const archived = url.searchParams.get('archived') === 'true';
    const live = store.deals.filter((d) => d.archived === archived);
    const slice = live.slice(offset, offset + limit);
    const next = offset + limit < live.length ? { next: { after: String(offset + limit), link: `${path}?after=${offset + limit}` } } : undefined;
    return [200, { results: slice.map((d) => ({ ...toJson(d, properties, withAssociations), ...(d.archivedAt ? { archivedAt: d.archivedAt } : {}) })), ...(next ? { paging: next } : {}) }];
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
  const engagement = /^\/crm\/v3\/objects\/(notes|tasks)$/.exec(path);
  if (method === 'POST' && engagement) {
    const { properties = {}, associations = [] } = body as { properties?: Record<string, string>; associations?: unknown[] };
    if (!properties.hs_timestamp) return [400, { status: 'error', message: 'hs_timestamp is required', category: 'VALIDATION_ERROR' }];
    const now = new Date().toISOString();
    const list = engagement[1] === 'notes' ? store.notes : store.tasks;
    const id = String((engagement[1] === 'notes' ? 900_000 : 800_000) + list.length);
    const created = { id, properties: { ...properties }, createdAt: now, updatedAt: now, archived: false, associations };
    list.push(created);
    return [201, toJson(created, undefined)];
  }
  if (method === 'GET' && (path === '/crm/v3/owners/' || path === '/crm/v3/owners')) return [200, { results: store.owners }];
  const v4 = /^\/crm\/v4\/associations\/deals\/(companies|contacts)\/batch\/read$/.exec(path);
  if (method === 'POST' && v4) {
    const { inputs = [] } = body as { inputs?: Array<{ id: string }> };
    const results = inputs.flatMap(({ id }) => {
      const deal = store.deals.find((d) => d.id === id && !d.archived);
      const ids = (v4[1] === 'companies' ? deal?.companyIds : deal?.contactIds) ?? [];
      return deal ? [{ from: { id }, to: ids.map((to) => ({ toObjectId: Number(to), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: v4[1] === 'companies' ? 5 : 3, label: null }] })) }] : [];
    });
    return [200, { status: 'COMPLETE', results }];
  }
  if (method === 'GET' && path === '/account-info/v3/details') {
    return [200, { portalId: store.portalId, accountType: 'STANDARD', timeZone: 'Europe/Berlin', companyCurrency: 'EUR', uiDomain: 'app-eu1.hubspot.com', dataHostingLocation: 'eu1' }];
  }
  const property = /^\/crm\/v3\/properties\/deals\/([^/]+)$/.exec(path);
  if (method === 'GET' && property) {
    const name = decodeURIComponent(property[1]!);
    return store.dealProperties.includes(name) ? [200, { name, label: name, type: 'string', fieldType: 'textarea', groupName: 'dealinformation' }] : notFound(`Unable to find property ${name}`);
  }
  return notFound(`no route ${method} ${path}`);
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

