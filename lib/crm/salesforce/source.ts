import { CrmHttpError, realClock } from '../http';
import { dealFromSalesforce, type Mapped, type MappingOptions } from '../mapping';
import type { OutboxItem } from '../outbox';
import type { SalesforceOpportunityStage } from '../stage';
import type { CrmSyncSource, RemovedDeals, SyncPage } from '../sync/source';
import { deletedWindow, salesforceClient, type SalesforceClient, type SalesforceClientOptions } from './client';
import { contactRole, opportunityRow, stageRow, type ContactRoleRow, type OpportunityPage } from './schemas';
import { changedSinceQuery, CURRENCY_FIELD, firstPassQuery, parseSalesforceDateTime, STAGES_QUERY, type OpportunityQuery } from './soql';

/**
 * Salesforce as a sync source (lib/crm/sync/source.ts): opportunities with
 * their contact roles in one SOQL query, the stage flags once per pass,
 * getDeleted for removals, and a Task on the opportunity for write-back.
 */

export interface SalesforceSourceOptions extends SalesforceClientOptions {
  /**
   * Incremental passes ask for changes from this long before `sinceMs`:
   * SystemModstamp is set when a save starts, so a long save commits with
   * a stamp older than a pass that ran meanwhile. Repeats are harmless.
   */
  lookBackMs?: number;
  /** Task.Status of the written Task; "Completed" is in every org's default picklist (the PM's note is a logged activity). */
  taskStatus?: string;
  /** Whether the org has CurrencyIsoCode (multi-currency); unknown: tried, and dropped after an INVALID_FIELD answer. */
  multiCurrency?: boolean;
}

export const DEFAULT_LOOK_BACK_MS = 5 * 60_000;
/** Field lengths on Task (object reference: Subject 255, Description 32,000). */
const SUBJECT_MAX = 255;
const DESCRIPTION_MAX = 32_000;
const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/**
 * Where a pass resumes: the query locator (`nextRecordsUrl`) and, for the
 * first pass, the last Id stored. Locators expire when idle, so when one no
 * longer works (INVALID_QUERY_LOCATOR) the pass re-queries after that Id
 * (it is ordered by Id) instead of starting over.
 */
interface Cursor {
  next?: string;
  afterId?: string;
}

function readCursor(cursor: string | null): Cursor {
  if (!cursor) return {};
  if (cursor.startsWith('/services/data/')) return { next: cursor };
  try {
    const { next, afterId } = JSON.parse(cursor) as Cursor;
    return {
      ...(typeof next === 'string' && next.startsWith('/services/data/') ? { next } : {}),
      ...(typeof afterId === 'string' && SALESFORCE_ID.test(afterId) ? { afterId } : {}),
    };
  } catch {
    return {};
  }
}

const isCode = (error: unknown, code: string) => error instanceof CrmHttpError && error.code === code;

export type SalesforceSource = CrmSyncSource & {
  client: SalesforceClient;
  /** What the last query found out about CurrencyIsoCode; keep it to save a failed query per pass. */
  readonly multiCurrency: boolean | undefined;
};

export function salesforceSource(options: SalesforceSourceOptions): SalesforceSource {
  const client = salesforceClient(options);
  const clock = options.clock ?? realClock;
  const lookBackMs = options.lookBackMs ?? DEFAULT_LOOK_BACK_MS;
  let multiCurrency = options.multiCurrency;

  /** Runs an Opportunity query, with CurrencyIsoCode unless the org turned out not to have it. */
  async function queryOpportunities(mapping: MappingOptions, soqlFor: (q: OpportunityQuery) => string): Promise<OpportunityPage> {
    const names = { specialTerms: mapping.specialTerms, deliverables: mapping.deliverables };
    if (multiCurrency !== false) {
      try {
        const page = await client.query(soqlFor({ names, withCurrency: true }), opportunityRow);
        multiCurrency = true;
        return page;
      } catch (error) {
        if (!(isCode(error, 'INVALID_FIELD') && (error as CrmHttpError).reason.includes(`'${CURRENCY_FIELD}'`))) throw error;
        multiCurrency = false;
      }
    }
    return client.query(soqlFor({ names, withCurrency: false }), opportunityRow);
  }

  /** Stage flags for one pass, fetched at the first page that has records, and again once if a stage is new. */
  function stageCache() {
    let stages: SalesforceOpportunityStage[] | undefined;
    let refetched = false;
    const fetchAll = async () => {
      const rows = [];
      let page = await client.query(STAGES_QUERY, stageRow);
      rows.push(...page.records);
      while (!page.done && page.nextRecordsUrl) {
        page = await client.queryMore(page.nextRecordsUrl, stageRow);
        rows.push(...page.records);
      }
      return rows;
    };
    return async (stageNames: string[]): Promise<SalesforceOpportunityStage[]> => {
      stages ??= await fetchAll();
      const known = (name: string) => stages!.some((s) => s.ApiName === name || s.MasterLabel === name);
      if (!refetched && stageNames.some((n) => n && !known(n))) {
        refetched = true;
        stages = await fetchAll();
      }
      return stages;
    };
  }

  /** The whole list of contact roles (a child relationship pages too, past its own batch). */
  async function contactRolesOf(record: OpportunityPage['records'][number]): Promise<ContactRoleRow[]> {
    const first = record.OpportunityContactRoles;
    if (!first) return [];
    const roles = [...first.records];
    let page = first;
    while (!page.done && page.nextRecordsUrl) {
      page = await client.queryMore(page.nextRecordsUrl, contactRole);
      roles.push(...page.records);
    }
    return roles;
  }

  async function mapPage(page: OpportunityPage, mapping: MappingOptions, stagesFor: ReturnType<typeof stageCache>): Promise<Mapped[]> {
    if (!page.records.length) return [];
    const stages = await stagesFor(page.records.map((r) => (typeof r.StageName === 'string' ? r.StageName : '')));
    const out: Mapped[] = [];
    for (const record of page.records) {
      out.push(dealFromSalesforce({ record, stages, contactRoles: await contactRolesOf(record) }, mapping));
    }
    return out;
  }

  const nextOf = (page: OpportunityPage) => (!page.done && page.nextRecordsUrl ? page.nextRecordsUrl : null);

  return {
    client,
    get multiCurrency() {
      return multiCurrency;
    },

    async *firstPass(mapping, cursor, recentlyClosedDays) {
      const stagesFor = stageCache();
      let { next, afterId } = readCursor(cursor);
      const fromStart = () => queryOpportunities(mapping, (q) => firstPassQuery(q, recentlyClosedDays, afterId));
      for (;;) {
        const before = client.requests;
        let page: OpportunityPage;
        if (!next) page = await fromStart();
        else {
          try {
            page = await client.queryMore(next, opportunityRow);
          } catch (error) {
            if (!isCode(error, 'INVALID_QUERY_LOCATOR')) throw error;
            page = await fromStart();
          }
        }
        afterId = page.records.at(-1)?.Id ?? afterId;
        next = nextOf(page) ?? undefined;
        const mapped = await mapPage(page, mapping, stagesFor);
        yield { mapped, cursor: next ? JSON.stringify({ next, afterId }) : null, requests: client.requests - before } satisfies SyncPage;
        if (!next) return;
      }
    },

    async *incrementalPass(mapping, sinceMs, seen) {
      const stagesFor = stageCache();
      let maxModifiedMs = sinceMs;
      let from = sinceMs - lookBackMs;
      let newestSeen = Number.NEGATIVE_INFINITY;
      let next: string | undefined;
      for (;;) {
        const before = client.requests;
        let page: OpportunityPage;
        const fromMax = () => queryOpportunities(mapping, (q) => changedSinceQuery(q, from));
        if (!next) page = await fromMax();
        else {
          try {
            page = await client.queryMore(next, opportunityRow);
          } catch (error) {
            // Ordered by SystemModstamp: everything before the newest stamp seen is in, so go on from there.
            if (!isCode(error, 'INVALID_QUERY_LOCATOR')) throw error;
            from = Math.max(from, newestSeen - 1000);
            page = await fromMax();
          }
        }
        for (const record of page.records) {
          const at = parseSalesforceDateTime(record.SystemModstamp);
          if (at > newestSeen) newestSeen = at;
          if (at > maxModifiedMs) maxModifiedMs = at;
        }
        next = nextOf(page) ?? undefined;
        const stamped = page.records.map((r) => [String(r.Id), parseSalesforceDateTime(r.SystemModstamp)] as [string, number]);
        // The look-back window re-reads recent changes: one already stored at that stamp costs nothing more.
        const fresh = { ...page, records: page.records.filter((_, i) => seen.get(stamped[i]![0]) !== stamped[i]![1]) };
        const mapped = await mapPage(fresh, mapping, stagesFor);
        yield { mapped, cursor: next ? JSON.stringify({ next }) : null, maxModifiedMs, requests: client.requests - before, seen: stamped };
        if (!next) return;
      }
    },

    async removedSince(sinceMs): Promise<RemovedDeals> {
      const window = deletedWindow(sinceMs === null ? null : sinceMs - lookBackMs, clock.now());
      if (!window) return { remoteIds: [], how: 'deleted' };
      const answer = await client.deletedOpportunities(window.startMs, window.endMs);
      return { remoteIds: [...new Set(answer.deletedRecords.map((r) => r.id))], how: 'deleted' };
    },

    async write(item: OutboxItem) {
      if (item.source !== 'salesforce') throw new Error(`outbox item ${item.id} is for ${item.source}, not Salesforce`);
      if (!SALESFORCE_ID.test(item.remoteDealId)) throw new Error(`outbox item ${item.id}: "${item.remoteDealId}" is not a Salesforce opportunity id`);
      const { id } = await client.createTask({
        WhatId: item.remoteDealId,
        Subject: clip(item.subject, SUBJECT_MAX),
        Description: clip(item.body, DESCRIPTION_MAX),
        Status: options.taskStatus ?? 'Completed',
        ActivityDate: item.createdAt.slice(0, 10),
      });
      return { remoteId: id };
    },
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
