/**
 * In-memory HubSpot account for the fake server: N deals, each associated
 * with one company and two contacts, in one pipeline whose stages carry the
 * v3 metadata (isClosed/probability as strings). Written by us from the
 * public guides; no HubSpot spec or sample data is copied.
 */

export interface StoredObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  companyIds?: string[];
  contactIds?: string[];
}

export interface FakeHubSpotStore {
  deals: StoredObject[];
  companies: Map<string, StoredObject>;
  contacts: Map<string, StoredObject>;
  notes: Array<StoredObject & { associations: unknown }>;
  tasks: Array<StoredObject & { associations: unknown }>;
  owners: Array<{ id: string; email: string; firstName: string; lastName: string; archived: boolean }>;
  portalId: number;
  /** Deal properties that exist in this account (the property-check endpoint). */
  dealProperties: string[];
  pipelines: Array<{ id: string; label: string; displayOrder: number; archived: boolean; stages: Array<{ id: string; label: string; displayOrder: number; archived: boolean; metadata: Record<string, string> }> }>;
}

export const STAGES = [
  { id: 'appointmentscheduled', label: 'Stage A', isClosed: 'false', probability: '0.2' },
  { id: 'contractsent', label: 'Stage B', isClosed: 'false', probability: '0.9' },
  { id: 'closedwon', label: 'Stage C', isClosed: 'true', probability: '1.0' },
  { id: 'closedlost', label: 'Stage D', isClosed: 'true', probability: '0.0' },
] as const;

/** Deal i was last modified at `baseMs + i` seconds: deterministic, strictly increasing. */
export function createStore(dealCount: number, baseMs = Date.UTC(2026, 0, 1)): FakeHubSpotStore {
  const companies = new Map<string, StoredObject>();
  const contacts = new Map<string, StoredObject>();
  const at = new Date(baseMs).toISOString();
  const deals: StoredObject[] = [];
  for (let i = 1; i <= dealCount; i++) {
    const companyId = String(100_000 + (i % 500));
    const contactIds = [String(200_000 + 2 * i), String(200_000 + 2 * i + 1)];
    if (!companies.has(companyId)) {
      companies.set(companyId, {
        id: companyId,
        properties: { name: `Company ${companyId}`, domain: `company${companyId}.example`, hs_object_id: companyId },
        createdAt: at,
        updatedAt: at,
        archived: false,
      });
    }
    for (const id of contactIds) {
      contacts.set(id, {
        id,
        properties: { firstname: `First${id}`, lastname: `Last${id}`, email: `person${id}@company${companyId}.example`, hs_object_id: id },
        createdAt: at,
        updatedAt: at,
        archived: false,
      });
    }
    const modified = new Date(baseMs + i * 1000).toISOString();
    deals.push({
      id: String(i),
      properties: {
        dealname: `Deal ${i}`,
        amount: String(1000 * i),
        deal_currency_code: 'EUR',
        dealstage: STAGES[i % STAGES.length]!.id,
        pipeline: 'default',
        hubspot_owner_id: '7',
        hs_lastmodifieddate: modified,
        // Closed stages (won, lost) were closed when last modified; open ones expect to close in March.
        closedate: STAGES[i % STAGES.length]!.isClosed === 'true' ? modified : '2026-03-31T00:00:00.000Z',
        ...(i % 4 === 1 ? { handoff_special_terms: `2026-03-0${(i % 9) + 1}: Phase 1 live or milestone 1 is not paid (deal ${i})\nNo change requests before go-live` } : {}),
        ...(i % 4 === 1 ? { handoff_promised_deliverables: `2026-02-15: Weekly status report (deal ${i})` } : {}),
        hs_object_id: String(i),
      },
      createdAt: at,
      updatedAt: modified,
      archived: false,
      companyIds: [companyId],
      contactIds,
    });
  }
  return {
    deals,
    companies,
    contacts,
    notes: [],
    tasks: [],
    owners: [{ id: '7', email: 'sam.seller@handoff-demo.example', firstName: 'Sam', lastName: 'Seller', archived: false }],
    portalId: 4_567_890,
    dealProperties: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'handoff_special_terms', 'handoff_promised_deliverables'],
    pipelines: [
      {
        id: 'default',
        label: 'Sales Pipeline',
        displayOrder: 0,
        archived: false,
        stages: STAGES.map((s, i) => ({ id: s.id, label: s.label, displayOrder: i, archived: false, metadata: { isClosed: s.isClosed, probability: s.probability } })),
      },
    ],
  };
}

/** Changes a deal as a Sales rep would in HubSpot: new values and a new modification time. */
export function touchDeal(store: FakeHubSpotStore, id: string, atMs: number, changes: Record<string, string> = {}): void {
  const deal = store.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`no deal ${id}`);
  const at = new Date(atMs).toISOString();
  Object.assign(deal.properties, changes, { hs_lastmodifieddate: at });
  deal.updatedAt = at;
}

/** The v3 JSON for an object: only the requested properties (plus hs_object_id), as HubSpot does. */
export function toJson(object: StoredObject, properties: readonly string[] | undefined, withAssociations = false): Record<string, unknown> {
  const wanted = properties?.length ? [...properties, 'hs_object_id'] : Object.keys(object.properties);
  const props: Record<string, string | null> = {};
  for (const name of wanted) props[name] = object.properties[name] ?? null;
  const json: Record<string, unknown> = { id: object.id, properties: props, createdAt: object.createdAt, updatedAt: object.updatedAt, archived: object.archived };
  if (withAssociations) {
    json.associations = {
      companies: { results: (object.companyIds ?? []).map((id) => ({ id, type: 'deal_to_company' })) },
      contacts: { results: (object.contactIds ?? []).map((id) => ({ id, type: 'deal_to_contact' })) },
    };
  }
  return json;
}

/** Archives a deal as HubSpot does when a rep deletes it: gone from lists and search, listed with `archived=true`. */
export function archiveDeal(store: FakeHubSpotStore, id: string, atMs: number): void {
  const deal = store.deals.find((d) => d.id === id);
  if (!deal) throw new Error(`no deal ${id}`);
  deal.archived = true;
  deal.archivedAt = new Date(atMs).toISOString();
}
