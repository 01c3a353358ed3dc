import { CrmHttpError, type CrmHttp, type RateLimiter } from '../http';
import {
  accountDetails,
  archivedPage,
  associationsBatch,
  batchRead,
  createdObject,
  objectPage,
  ownersPage,
  pipelines,
  propertyDefinition,
  searchPage,
  type CrmObject,
  type Pipelines,
} from './schemas';

/**
 * HubSpot CRM v3 calls used by the sync (issue 16), written from HubSpot's
 * public guides, not its spec collection (not licensed for reuse):
 * - list:   developers.hubspot.com/docs/api-reference/crm-deals-v3/guide
 * - search: developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm
 * - pipelines: developers.hubspot.com/docs/api-reference/crm-pipelines-v3/guide
 * - notes:  developers.hubspot.com/docs/api-reference/crm-notes-v3/guide
 * - tasks:  developers.hubspot.com/docs/api-reference/crm-tasks-v3/guide
 * - owners: developers.hubspot.com/docs/api-reference/crm-owners-v3/guide
 * - associations v4: developers.hubspot.com/docs/api-reference/crm-associations-v4/guide
 * - account: developers.hubspot.com/docs/api-reference/account-account-info-v3/guide
 * - properties: developers.hubspot.com/docs/api-reference/crm-properties-v3/guide
 */

export const HUBSPOT_API = 'https://api.hubapi.com';
/** Largest page HubSpot serves for list, search and batch read. */
export const PAGE_LIMIT = 100;
/** Search never pages past this many results; beyond it we restart from the last modification time seen. */
export const SEARCH_RESULT_CAP = 10_000;
/** The search index lags writes by seconds to minutes, so each incremental search starts this far before `since`. */
export const DEFAULT_LOOK_BACK_MS = 5 * 60_000;
/** HUBSPOT_DEFINED association type "note to deal" (associations v4 type list). */
export const NOTE_TO_DEAL = 214;
/** HUBSPOT_DEFINED association type "task to deal". */
export const TASK_TO_DEAL = 216;

export interface Page {
  deals: CrmObject[];
  /** Cursor to resume from after this page; undefined when this was the last page. */
  after: string | undefined;
}

export type RelatedObject = 'companies' | 'contacts';

export interface HubSpotClient {
  listDeals(properties: readonly string[], after?: string): Promise<Page>;
  searchDealsModifiedSince(sinceMs: number, properties: readonly string[], after?: string): Promise<Page & { total: number }>;
  batchRead(type: RelatedObject, ids: readonly string[], properties: readonly string[]): Promise<CrmObject[]>;
  dealPipelines(): Promise<Pipelines['results']>;
  createDealNote(dealId: string, body: string, at: Date): Promise<{ id: string }>;
  createDealTask(dealId: string, subject: string, body: string, at: Date): Promise<{ id: string }>;
  /** Every owner, id → name and e-mail (one or two requests per pass). */
  owners(): Promise<Map<string, { name: string; email: string }>>;
  /** Deal → associated company / contact ids, for deals that came from search (which has no associations). */
  associations(to: RelatedObject, dealIds: readonly string[]): Promise<Map<string, string[]>>;
  account(): Promise<{ portalId: string; currency: string | null }>;
  /** The deal property's type, or null when the account has no such property. */
  dealProperty(name: string): Promise<{ type: string; fieldType?: string } | null>;
  /** One page of archived deals, newest ids with when they were archived. */
  archivedDeals(after?: string): Promise<{ deals: Array<{ id: string; archivedAt?: string }>; after: string | undefined }>;
}

/**
 * Search has its own, tighter limit on top of the account's (4 requests per
 * second per token: developers.hubspot.com/changelog/crm-search-api-rate-limit-increase);
 * pass a `RateLimiter(4, 1000)` shared by the account's searches.
 */
export interface HubSpotClientOptions {
  searchLimiter?: RateLimiter;
}

export function hubspotClient(http: CrmHttp, options: HubSpotClientOptions = {}): HubSpotClient {
  return {
    async listDeals(properties, after) {
      const page = await http.request('GET', '/crm/v3/objects/deals', objectPage, {
        query: { limit: String(PAGE_LIMIT), after, properties, associations: ['companies', 'contacts'] },
      });
      return { deals: page.results, after: page.paging?.next?.after };
    },

    async searchDealsModifiedSince(sinceMs, properties, after) {
      await options.searchLimiter?.acquire();
      const page = await http.request('POST', '/crm/v3/objects/deals/search', searchPage, {
        body: {
          filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(sinceMs) }] }],
          sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
          properties: [...properties],
          limit: PAGE_LIMIT,
          ...(after ? { after } : {}),
        },
      });
      return { deals: page.results, after: page.paging?.next?.after, total: page.total };
    },

    async batchRead(type, ids, properties) {
      const out: CrmObject[] = [];
      for (let i = 0; i < ids.length; i += PAGE_LIMIT) {
        const chunk = ids.slice(i, i + PAGE_LIMIT);
        const answer = await http.request('POST', `/crm/v3/objects/${type}/batch/read`, batchRead, {
          body: { properties: [...properties], inputs: chunk.map((id) => ({ id })) },
        });
        out.push(...answer.results);
      }
      return out;
    },

    async dealPipelines() {
      return (await http.request('GET', '/crm/v3/pipelines/deals', pipelines)).results;
    },

    async createDealNote(dealId, body, at) {
      const created = await http.request('POST', '/crm/v3/objects/notes', createdObject, {
        body: {
          properties: { hs_timestamp: at.toISOString(), hs_note_body: body },
          associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_DEAL }] }],
        },
      });
      return { id: created.id };
    },

    async createDealTask(dealId, subject, body, at) {
      const created = await http.request('POST', '/crm/v3/objects/tasks', createdObject, {
        body: {
          properties: { hs_timestamp: at.toISOString(), hs_task_subject: subject, hs_task_body: body, hs_task_status: 'NOT_STARTED' },
          associations: [{ to: { id: dealId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_DEAL }] }],
        },
      });
      return { id: created.id };
    },

    async owners() {
      const out = new Map<string, { name: string; email: string }>();
      let after: string | undefined;
      do {
        const page = await http.request('GET', '/crm/v3/owners/', ownersPage, { query: { limit: '500', after } });
        for (const o of page.results) {
          out.set(o.id, { name: [o.firstName, o.lastName].filter(Boolean).join(' '), email: o.email ?? '' });
        }
        after = page.paging?.next?.after;
      } while (after);
      return out;
    },

    async associations(to, dealIds) {
      const out = new Map<string, string[]>();
      for (let i = 0; i < dealIds.length; i += PAGE_LIMIT) {
        const chunk = dealIds.slice(i, i + PAGE_LIMIT);
        const answer = await http.request('POST', `/crm/v4/associations/deals/${to}/batch/read`, associationsBatch, {
          body: { inputs: chunk.map((id) => ({ id })) },
        });
        for (const r of answer.results) out.set(r.from.id, r.to.map((t) => t.toObjectId));
      }
      return out;
    },

    async account() {
      const details = await http.request('GET', '/account-info/v3/details', accountDetails);
      return { portalId: details.portalId, currency: details.companyCurrency ?? null };
    },

    async dealProperty(name) {
      try {
        const found = await http.request('GET', `/crm/v3/properties/deals/${encodeURIComponent(name)}`, propertyDefinition);
        return { type: found.type, ...(found.fieldType ? { fieldType: found.fieldType } : {}) };
      } catch (error) {
        if (error instanceof CrmHttpError && error.status === 404) return null;
        throw error;
      }
    },

    async archivedDeals(after) {
      const page = await http.request('GET', '/crm/v3/objects/deals', archivedPage, { query: { limit: String(PAGE_LIMIT), archived: 'true', after } });
      return { deals: page.results, after: page.paging?.next?.after };
    },
  };
}

/** Stage flags from the pipeline metadata (signed/unsigned comes from these, never from stage names). */
export function stageFlags(stage: Pipelines['results'][number]['stages'][number]): { isClosed: boolean; probability: number | undefined } {
  const probability = stage.metadata.probability === undefined ? undefined : Number(stage.metadata.probability);
  return { isClosed: stage.metadata.isClosed === 'true', probability: Number.isFinite(probability) ? probability : undefined };
}

/**
 * First sync: every deal, page by page. Each yielded page carries the cursor
 * to resume from, so the caller stores it after saving the page and a worker
 * stopped mid-sync starts again from there (`resumeAfter`).
 */
export async function* firstSyncPages(client: HubSpotClient, properties: readonly string[], resumeAfter?: string): AsyncGenerator<Page> {
  let after = resumeAfter;
  do {
    const page = await client.listDeals(properties, after);
    yield page;
    after = page.after;
  } while (after);
}

export interface IncrementalPage extends Page {
  /** Highest `hs_lastmodifieddate` seen so far (ms); store it as the next `since` once the run completes. */
  maxModifiedMs: number;
}

/** A deal's `hs_lastmodifieddate` in ms (search answers ISO; epoch-ms strings are read too). */
export const modifiedMs = (deal: CrmObject): number => {
  const raw = deal.properties.hs_lastmodifieddate;
  if (!raw) return Number.NaN;
  return /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
};

/**
 * Incremental sync: deals modified since `sinceMs − lookBackMs`, oldest first.
 * Search stops at 10,000 reachable results, so when the next page would pass
 * the cap we start a new search from the last modification time seen (some
 * deals at that instant come twice; merging by id makes that harmless).
 */
export async function* incrementalPages(
  client: HubSpotClient,
  properties: readonly string[],
  sinceMs: number,
  lookBackMs = DEFAULT_LOOK_BACK_MS,
): AsyncGenerator<IncrementalPage> {
  let from = sinceMs - lookBackMs;
  let maxModifiedMs = sinceMs;
  let after: string | undefined;
  let seenInSearch = 0;
  for (;;) {
    const page = await client.searchDealsModifiedSince(from, properties, after);
    seenInSearch += page.deals.length;
    for (const deal of page.deals) {
      const at = modifiedMs(deal);
      if (at > maxModifiedMs) maxModifiedMs = at;
    }
    yield { deals: page.deals, after: page.after, maxModifiedMs };
    // At the cap HubSpot may still offer a cursor (following it is a 400) or
    // offer none although `total` says more matched: either way, restart.
    const atCap = seenInSearch + PAGE_LIMIT > SEARCH_RESULT_CAP;
    if (!page.after && !(atCap && seenInSearch < page.total)) return;
    if (atCap) {
      const last = page.deals.at(-1);
      const lastAt = last ? modifiedMs(last) : Number.NaN;
      // No progress possible (10,000 deals share one timestamp): fail loudly rather than drop deals or loop.
      if (!Number.isFinite(lastAt) || lastAt <= from) throw new Error('HubSpot search: over 10,000 deals share one hs_lastmodifieddate');
      from = lastAt;
      after = undefined;
      seenInSearch = 0;
    } else {
      after = page.after;
    }
  }
}
