import type { FakeHubSpotStore, StoredObject } from '../support/fake-hubspot/store';

/**
 * The demo's HubSpot account (`npm run demo`): a few deals of customers the
 * sample backup does not have, so they show as synced from HubSpot beside
 * the sample data. Invented names and `.example` domains only.
 */
interface DemoDeal {
  name: string;
  company: { name: string; domain: string };
  contacts: Array<{ first: string; last: string; email: string; title: string }>;
  stage: 'appointmentscheduled' | 'contractsent' | 'closedwon';
  amount: number;
  terms?: string;
  deliverables?: string;
}

export const DEMO_DEALS: DemoDeal[] = [
  {
    name: 'Umbrella patient portal',
    company: { name: 'Umbrella Health', domain: 'umbrellahealth.example' },
    contacts: [{ first: 'Alice', last: 'Wong', email: 'alice.wong@umbrellahealth.example', title: 'CIO' }],
    stage: 'contractsent',
    amount: 180_000,
    terms: '2027-02-01: Pilot live in 2 clinics or the second payment is held\n2027-03-31: Data stays in the EU region',
    deliverables: '2027-01-15: Weekly status report to the CIO\nSSO with their Azure AD',
  },
  {
    name: 'Stark data warehouse',
    company: { name: 'Stark Industries', domain: 'stark.example' },
    contacts: [{ first: 'Pepper', last: 'Potts', email: 'pepper.potts@stark.example', title: 'COO' }],
    stage: 'closedwon',
    amount: 420_000,
    terms: '2027-01-20: Phase 1 live or milestone 1 is not paid',
    deliverables: '2026-12-15: Named solution architect',
  },
  {
    name: 'Wayne logistics app',
    company: { name: 'Wayne Enterprises', domain: 'wayne.example' },
    contacts: [{ first: 'Lucius', last: 'Fox', email: 'lucius.fox@wayne.example', title: 'CTO' }],
    stage: 'appointmentscheduled',
    amount: 95_000,
  },
];

/** Replaces the fake account's generated deals with the demo's. */
export function seedDemoDeals(store: FakeHubSpotStore, nowMs = Date.now()): void {
  store.deals.length = 0;
  DEMO_DEALS.forEach((deal, i) => {
    const at = new Date(nowMs - (DEMO_DEALS.length - i) * 3_600_000).toISOString();
    const object = (id: string, properties: Record<string, string>): StoredObject => ({ id, properties: { ...properties, hs_object_id: id }, createdAt: at, updatedAt: at, archived: false });
    const companyId = String(700_000 + i);
    store.companies.set(companyId, object(companyId, { name: deal.company.name, domain: deal.company.domain }));
    const contactIds = deal.contacts.map((c, j) => {
      const id = String(710_000 + i * 10 + j);
      store.contacts.set(id, object(id, { firstname: c.first, lastname: c.last, email: c.email, jobtitle: c.title }));
      return id;
    });
    const id = String(9001 + i);
    store.deals.push({
      ...object(id, {
        dealname: deal.name,
        amount: String(deal.amount),
        deal_currency_code: 'EUR',
        dealstage: deal.stage,
        pipeline: 'default',
        hubspot_owner_id: '7',
        hs_lastmodifieddate: at,
        closedate: deal.stage === 'closedwon' ? at : '2027-01-31T00:00:00.000Z',
        ...(deal.terms ? { handoff_special_terms: deal.terms } : {}),
        ...(deal.deliverables ? { handoff_promised_deliverables: deal.deliverables } : {}),
      }),
      companyIds: [companyId],
      contactIds,
    });
  });
}
