import { describe, expect, it } from 'vitest';
import { csvColumnsFor, hubspotDealProperties, salesforceOpportunityFields } from '@/lib/crm/fields';
import { dealFromHubspot, dealFromSalesforce, type HubspotDealInput, type SalesforceOpportunityInput } from '@/lib/crm/mapping';
import { HUBSPOT, SALESFORCE } from '@/lib/crm-csv/sources';
import { dealSchema } from '@/lib/model';

const now = new Date('2026-12-05T08:00:00.000Z');
const opts = { now, ownDomains: ['northwind.io'] };

const pipelines = [
  {
    id: '7734',
    stages: [
      { id: '1001', metadata: { isClosed: 'false', probability: '0.2' } },
      { id: '1002', label: 'Contract Sent', metadata: { isClosed: 'true', probability: '1.0' } },
      { id: '1003', metadata: { isClosed: 'true', probability: '0.0' } },
    ],
  },
];

function hubspot(over: Partial<HubspotDealInput['properties']> = {}, rest: Partial<HubspotDealInput> = {}): HubspotDealInput {
  return {
    id: '101',
    properties: {
      dealname: 'Acme data platform', pipeline: '7734', dealstage: '1002', amount: '180000.50', deal_currency_code: 'EUR',
      closedate: '2026-11-02T00:00:00.000Z', hubspot_owner_id: '55',
      handoff_special_terms: '2027-01-31: Free onboarding\r\n2027-02-30: Net 60', handoff_promised_deliverables: '2027-03-01: SSO',
      ...over,
    },
    pipelines,
    companies: [
      { id: 'c1', properties: { name: 'Acme Corp', domain: 'acme.com' } },
      { id: 'c2', properties: { name: 'Acme GmbH', domain: 'https://www.acme.de/' } },
    ],
    contacts: [
      { id: 'p1', properties: { firstname: 'Ana', lastname: 'Ito', email: 'Ana.Ito@acme.com', jobtitle: 'CTO' } },
      { id: 'p2', properties: { firstname: 'Bo', email: 'bo.private@gmail.com' } },
      { id: 'p3', properties: { firstname: 'Dana', lastname: 'Ruiz', email: 'dana@northwind.io' } },
      { id: 'p4', properties: { email: 'legal@acme-legal.com' } },
      { id: 'p5', properties: {} },
    ],
    owner: { name: 'Dana Ruiz', email: 'dana@northwind.io' },
    ...rest,
  };
}

function salesforce(record: Record<string, unknown> = {}, contactRoles: SalesforceOpportunityInput['contactRoles'] = []): SalesforceOpportunityInput {
  return {
    record: {
      Id: '0065g00000AbCdE', Name: 'Globex rollout', StageName: 'Signed_Contract', Amount: 45000, CloseDate: '2026-12-01',
      Owner: { Name: 'Sam Lee', Email: 'sam@northwind.io' }, Account: { Name: 'Globex', Website: 'globex.io' },
      Handoff_Special_Terms__c: 'Price lock for two years', ...record,
    },
    stages: [
      { ApiName: 'Signed_Contract', MasterLabel: 'Contract Sent', IsWon: true, IsClosed: true, DefaultProbability: 100 },
      { MasterLabel: 'Prospecting', IsWon: false, IsClosed: false, DefaultProbability: 10 },
    ],
    contactRoles,
  };
}

function ok(r: ReturnType<typeof dealFromHubspot>) {
  if (!r.ok) throw new Error(r.reason);
  expect(dealSchema.safeParse(r.deal).success).toBe(true);
  return r;
}

describe('a HubSpot deal with its companies and contacts', () => {
  const { deal, warnings } = ok(dealFromHubspot(hubspot(), opts));

  it('becomes a valid deal with the CRM-owned fields filled', () => {
    expect(deal).toMatchObject({
      id: 'hubspot:101', name: 'Acme data platform', account: 'Acme Corp', stage: 'signed', signedOn: '2026-11-02',
      owner: { name: 'Dana Ruiz', email: 'dana@northwind.io' }, value: { amount: 180000.5, currency: 'EUR' },
      crm: { source: 'hubspot', remoteId: '101' },
    });
    expect(warnings).toEqual([]);
  });

  it('links the companies\' and contacts\' domains, not shared mail services nor the PM\'s own company', () => {
    expect(deal.links.domains).toEqual(['acme.com', 'acme.de', 'acme-legal.com']);
  });

  it('lists the contacts as stakeholders (no contact without a name or e-mail)', () => {
    expect(deal.stakeholders.map((s) => [s.name, s.email, s.role])).toEqual([
      ['Ana Ito', 'ana.ito@acme.com', 'CTO'],
      ['Bo', 'bo.private@gmail.com', ''],
      ['Dana Ruiz', 'dana@northwind.io', ''],
      ['legal@acme-legal.com', 'legal@acme-legal.com', ''],
    ]);
  });

  it('shows a term with a bad date, undated, as Sales wrote it; deliverables promised by the owner', () => {
    expect(deal.specialTerms.map((t) => [t.text, t.dueOn])).toEqual([['Free onboarding', '2027-01-31'], ['2027-02-30: Net 60', null]]);
    expect(deal.deliverables).toMatchObject([{ name: 'SSO', promisedOn: '2027-03-01', promisedBy: 'dana@northwind.io', pmConfirmed: false }]);
  });

  it.each([
    ['an open stage at 20 %', { dealstage: '1001' }, { stage: 'prospect', signedOn: null }],
    ['a lost stage', { dealstage: '1003' }, { stage: 'closed', signedOn: null }],
    ['no amount', { amount: '' }, { value: null }],
    ['no currency: the account\'s', { deal_currency_code: null }, { value: { amount: 180000.5, currency: 'USD' } }],
    ['a renamed property from options', { handoff_special_terms: null, terms_x: '2027-05-01: Custom' }, { specialTerms: [{ text: 'Custom' }] }],
  ] as const)('%s', (_what, props, expected) => {
    const r = ok(dealFromHubspot(hubspot(props), { ...opts, specialTerms: 'terms_x' }));
    expect(r.deal).toMatchObject(expected);
  });

  it('says why when the stage is in no pipeline it knows, or the amount cannot be read', () => {
    const stale = dealFromHubspot(hubspot({ dealstage: '999' }), opts);
    expect(stale).toEqual({ ok: false, reason: 'HubSpot 101: stage "999" is in no known pipeline' });
    const r = ok(dealFromHubspot(hubspot({ amount: 'lots' }), opts));
    expect(r.deal.value).toBeNull();
    expect(r.warnings).toEqual(['amount "lots" is not a number: left out']);
  });
});

describe('a Salesforce opportunity with its account and contact roles', () => {
  it('becomes a valid deal; a won stage named "Contract Sent" is signed', () => {
    const roles = [
      { Role: 'Evaluator', Contact: { Name: 'Eve Kim', Email: 'eve@globex.io' } },
      { Role: 'Decision Maker', IsPrimary: true, Contact: { Name: 'Max Roe', Email: 'max@globex-group.com', Title: 'CFO' } },
      { Role: null, Contact: { Name: 'Tess', Email: 'not an address', Title: 'Buyer' } },
    ];
    const { deal } = ok(dealFromSalesforce(salesforce({}, roles), opts));
    expect(deal).toMatchObject({
      id: 'salesforce:0065g00000AbCdE', name: 'Globex rollout', account: 'Globex', stage: 'signed', signedOn: '2026-12-01',
      owner: { name: 'Sam Lee', email: 'sam@northwind.io' }, value: { amount: 45000, currency: 'USD' },
      specialTerms: [{ text: 'Price lock for two years', dueOn: null }],
    });
    expect(deal.stakeholders.map((s) => [s.name, s.email, s.role])).toEqual([
      ['Max Roe', 'max@globex-group.com', 'Decision Maker'],
      ['Eve Kim', 'eve@globex.io', 'Evaluator'],
      ['Tess', null, 'Buyer'],
    ]);
    expect(deal.links.domains).toEqual(['globex.io', 'globex-group.com']);
  });

  it('keeps an opportunity without an account or owner', () => {
    const { deal, warnings } = ok(dealFromSalesforce(salesforce({ Account: null, Owner: null, StageName: 'Prospecting', CurrencyIsoCode: 'GBP' }), opts));
    expect(deal).toMatchObject({ account: '', owner: null, stage: 'prospect', signedOn: null, value: { currency: 'GBP' } });
    expect(warnings).toEqual([]);
  });
});

describe('one field table for both transports', () => {
  it('gives the CSV import the column names it has always read', () => {
    expect(HUBSPOT.columns).toEqual(csvColumnsFor('hubspot'));
    expect(SALESFORCE.columns).toEqual(csvColumnsFor('salesforce'));
    expect(HUBSPOT.columns.ownerEmail).toContain('Deal owner email');
    expect(SALESFORCE.columns.domain).toContain('Account: Website');
  });

  it('names what the sync must ask each API for, with the options\' property names', () => {
    expect(hubspotDealProperties()).toEqual(expect.arrayContaining(['dealname', 'dealstage', 'pipeline', 'handoff_special_terms', 'hubspot_owner_id']));
    expect(hubspotDealProperties({ deliverables: 'promises' })).toContain('promises');
    expect(salesforceOpportunityFields()).toEqual(expect.arrayContaining(['Id', 'Name', 'Account.Website', 'Owner.Email', 'Handoff_Special_Terms__c']));
  });
});
