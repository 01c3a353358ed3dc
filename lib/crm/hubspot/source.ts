import { hubspotDealProperties } from '../fields';
import { dealFromHubspot, type Mapped, type MappingOptions } from '../mapping';
import type { OutboxItem } from '../outbox';
import type { CrmSyncSource, RemovedDeals, SyncPage } from '../sync/source';
import { asHubspotHtml } from '../writeback-text';
import { firstSyncPages, incrementalPages, modifiedMs, type HubSpotClient, type RelatedObject } from './client';
import type { CrmObject, Pipelines } from './schemas';

/**
 * HubSpot as a sync source (lib/crm/sync/source.ts). Per page of deals:
 * the associated companies and contacts in batch reads (100 ids a request),
 * the owners and pipelines once per pass. List pages carry associations;
 * search pages (incremental) do not, so their ids go through the v4
 * associations batch read. Costs, per 100 deals: 1 page + 2 batch reads
 * (+ 2 association reads when incremental).
 */

const COMPANY_PROPERTIES = ['name', 'domain'];
const CONTACT_PROPERTIES = ['firstname', 'lastname', 'email', 'jobtitle'];
const DAY_MS = 86_400_000;

interface PassContext {
  pipelines: Pipelines['results'];
  owners: Map<string, { name: string; email: string }>;
  /** Companies and contacts read in this pass: many deals share a company, so each is read once a pass. */
  read: Record<RelatedObject, Map<string, CrmObject>>;
  requests: number;
}

export function hubspotSource(client: HubSpotClient, now: () => Date): CrmSyncSource {
  async function startPass(): Promise<PassContext> {
    const [pipelines, owners] = await Promise.all([client.dealPipelines(), ownersOrNone()]);
    return { pipelines, owners, read: { companies: new Map(), contacts: new Map() }, requests: 2 };
  }

  // Without the owners scope the deals still come, only without an owner.
  async function ownersOrNone(): Promise<Map<string, { name: string; email: string }>> {
    try {
      return await client.owners();
    } catch (error) {
      if ((error as { kind?: string }).kind === 'reconnect') return new Map();
      throw error;
    }
  }

  async function related(type: RelatedObject, ids: Set<string>, ctx: PassContext, properties: string[]) {
    const known = ctx.read[type];
    const list = [...ids].filter((id) => !known.has(id));
    if (list.length) {
      ctx.requests += Math.ceil(list.length / 100);
      for (const o of await client.batchRead(type, list, properties)) known.set(o.id, o);
    }
    return known;
  }

  /** Association ids per deal: from the list page itself, or (search pages) from the v4 batch read. */
  async function associationsOf(deals: CrmObject[], fromSearch: boolean, ctx: PassContext) {
    const ids = (deal: CrmObject, type: RelatedObject) => deal.associations?.[type]?.results.map((r) => r.id) ?? [];
    if (!fromSearch || !deals.length) {
      return { companies: new Map(deals.map((d) => [d.id, ids(d, 'companies')])), contacts: new Map(deals.map((d) => [d.id, ids(d, 'contacts')])) };
    }
    const dealIds = deals.map((d) => d.id);
    ctx.requests += 2 * Math.ceil(dealIds.length / 100);
    const [companies, contacts] = await Promise.all([client.associations('companies', dealIds), client.associations('contacts', dealIds)]);
    return { companies, contacts };
  }

  async function mapPage(deals: CrmObject[], fromSearch: boolean, mapping: MappingOptions, ctx: PassContext): Promise<Mapped[]> {
    const links = await associationsOf(deals, fromSearch, ctx);
    const companyIds = new Set([...links.companies.values()].flat());
    const contactIds = new Set([...links.contacts.values()].flat());
    const [companies, contacts] = await Promise.all([
      related('companies', companyIds, ctx, COMPANY_PROPERTIES),
      related('contacts', contactIds, ctx, CONTACT_PROPERTIES),
    ]);
    const map = () =>
      deals.map((deal) =>
        dealFromHubspot(
          {
            id: deal.id,
            properties: deal.properties,
            pipelines: ctx.pipelines,
            companies: (links.companies.get(deal.id) ?? []).flatMap((id) => companies.get(id) ?? []),
            contacts: (links.contacts.get(deal.id) ?? []).flatMap((id) => contacts.get(id) ?? []),
            owner: ctx.owners.get(deal.properties.hubspot_owner_id ?? '') ?? null,
          },
          mapping,
        ),
      );
    let mapped = map();
    // A stage no pipeline knows: an admin changed the pipelines during the pass. Read them again once.
    if (mapped.some((m) => !m.ok && m.reason.includes('in no known pipeline'))) {
      ctx.pipelines = await client.dealPipelines();
      ctx.requests++;
      mapped = map();
    }
    return mapped;
  }

  const properties = (mapping: MappingOptions) => [
    ...hubspotDealProperties({ specialTerms: mapping.specialTerms, deliverables: mapping.deliverables }),
    'hs_lastmodifieddate',
  ];

  return {
    async *firstPass(mapping, cursor, recentlyClosedDays) {
      const ctx = await startPass();
      const cutoff = now().getTime() - recentlyClosedDays * DAY_MS;
      for await (const page of firstSyncPages(client, properties(mapping), cursor ?? undefined)) {
        ctx.requests++;
        const recent = page.deals.filter((d) => !closedBefore(d, ctx.pipelines, cutoff));
        const mapped = await mapPage(recent, false, mapping, ctx);
        const out: SyncPage = { mapped, cursor: page.after ?? null, requests: ctx.requests };
        ctx.requests = 0;
        yield out;
      }
    },

    async *incrementalPass(mapping, sinceMs, seen) {
      let ctx: PassContext | null = null;
      for await (const page of incrementalPages(client, properties(mapping), sinceMs)) {
        const stamped = page.deals.map((d) => [d.id, modifiedMs(d)] as [string, number]);
        const fresh = page.deals.filter((d, i) => seen.get(d.id) !== stamped[i]![1]);
        // No change, no more requests: owners, pipelines and associations are read only for a changed deal.
        let requests = 1;
        let mapped: Mapped[] = [];
        if (fresh.length) {
          ctx ??= await startPass();
          mapped = await mapPage(fresh, true, mapping, ctx);
          requests += ctx.requests;
          ctx.requests = 0;
        }
        yield { mapped, cursor: page.after ?? null, maxModifiedMs: page.maxModifiedMs, requests, seen: stamped };
      }
    },

    async removedSince(sinceMs): Promise<RemovedDeals> {
      const remoteIds: string[] = [];
      let after: string | undefined;
      do {
        const page = await client.archivedDeals(after);
        for (const d of page.deals) {
          const at = d.archivedAt ? Date.parse(d.archivedAt) : Number.NaN;
          if (sinceMs === null || Number.isNaN(at) || at >= sinceMs) remoteIds.push(d.id);
        }
        after = page.after;
      } while (after);
      return { remoteIds, how: 'archived' };
    },

    async write(item: OutboxItem) {
      const at = new Date(item.createdAt);
      const body = asHubspotHtml(item.body);
      const created =
        item.as === 'task'
          ? await client.createDealTask(item.remoteDealId, item.subject, body, at)
          : await client.createDealNote(item.remoteDealId, `<strong>${asHubspotHtml(item.subject)}</strong><br>${body}`, at);
      return { remoteId: created.id };
    },
  };
}

/** A deal closed (won or lost) before `cutoff`: not brought in by the first pass. */
function closedBefore(deal: CrmObject, pipelines: Pipelines['results'], cutoff: number): boolean {
  const stageId = deal.properties.dealstage;
  const stage = pipelines.flatMap((p) => p.stages).find((s) => s.id === stageId);
  if (stage?.metadata.isClosed !== 'true') return false;
  const closed = Date.parse(deal.properties.closedate ?? '');
  return Number.isFinite(closed) && closed < cutoff;
}
