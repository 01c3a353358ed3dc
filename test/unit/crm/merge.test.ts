import { describe, expect, it } from 'vitest';
import { dealFromHubspot, type HubspotDealInput, type SyncedDeal } from '@/lib/crm/mapping';
import { mergeSyncedDeal } from '@/lib/crm/merge';
import { dealSchema, emptyDeal, type Deal } from '@/lib/model';

const t0 = new Date('2026-12-01T08:00:00.000Z');
const t1 = new Date('2026-12-05T08:00:00.000Z');

const stages = [
  { id: 'open', metadata: { isClosed: 'false', probability: '0.6' } },
  { id: 'won', label: 'Contract Sent', metadata: { isClosed: 'true', probability: '1.0' } },
];

function sync(props: Record<string, string> = {}, now = t1, extra: Partial<HubspotDealInput> = {}): SyncedDeal {
  const r = dealFromHubspot(
    {
      id: '101',
      properties: {
        dealname: 'Acme data platform', pipeline: 'p', dealstage: 'open', amount: '1000', deal_currency_code: 'EUR',
        handoff_special_terms: '2027-01-31: Free onboarding\n2027-02-30: Net 60',
        handoff_promised_deliverables: '2027-03-01: SSO with Okta\n2027-04-01: S3 export',
        ...props,
      },
      pipelines: [{ id: 'p', stages }],
      companies: [{ id: 'c', properties: { name: 'Acme', domain: 'acme.com' } }],
      contacts: [{ id: 'k', properties: { firstname: 'Ana', email: 'ana@acme.com' } }],
      owner: { name: 'Dana', email: 'dana@northwind.io' },
      ...extra,
    },
    { now },
  );
  if (!r.ok) throw new Error(r.reason);
  return r.deal;
}

/** What the PM did in Handoff after the first sync. */
function pmWorkedOn(deal: Deal): Deal {
  return {
    ...deal,
    notes: 'Kick-off booked',
    billing: { model: 'fixed', paymentTermsDays: 30, notes: '' },
    links: { ...deal.links, domains: [...deal.links.domains, 'acme-partner.com'], gmailThreads: ['18c2f0a1b2c3d4e5'], asana: ['1200'] },
    specialTerms: [
      ...deal.specialTerms.map((t) => (t.text === 'Free onboarding' ? { ...t, remindDaysBefore: 3 } : t)),
      { id: 't-pm', text: 'Verbal: no price rise in 2027', dueOn: null },
    ],
    deliverables: deal.deliverables.map((d) => (d.name === 'SSO with Okta' ? { ...d, pmConfirmed: true, confirmedAt: '2026-12-02' } : d)),
    stakeholders: [...deal.stakeholders.map((s) => ({ ...s, status: 'left' as const })), { name: 'Lee (PM side)', email: null, role: 'QA', status: 'active' as const }],
    tag: 'from a newer version',
  };
}

describe('a re-sync over the PM\'s work', () => {
  const first = sync({}, t0);
  const stored = pmWorkedOn(first);

  it('keeps a confirmation when the same promised deliverable comes back, with its id', () => {
    const { deal } = mergeSyncedDeal(stored, sync({ dealname: 'Acme platform (renamed)' }));
    const sso = deal.deliverables.find((d) => d.name === 'SSO with Okta')!;
    expect(sso).toMatchObject({ pmConfirmed: true, confirmedAt: '2026-12-02', id: first.deliverables[0]!.id });
    expect(deal.deliverables.find((d) => d.name === 'S3 export')!.pmConfirmed).toBe(false);
  });

  it.each([
    ['the name', { dealname: 'Acme v2' }, (d: Deal) => d.name, 'Acme v2'],
    ['the amount', { amount: '2500' }, (d: Deal) => d.value, { amount: 2500, currency: 'EUR' }],
    ['an amount Sales cleared', { amount: '' }, (d: Deal) => d.value, null],
    ['the stage (won under any name)', { dealstage: 'won', closedate: '2026-12-04' }, (d: Deal) => [d.stage, d.signedOn], ['signed', '2026-12-04']],
    ['a term Sales removed', { handoff_special_terms: '2027-02-28: Net 60' }, (d: Deal) => d.specialTerms.map((t) => t.text),
      ['Net 60', 'Verbal: no price rise in 2027']],
  ] as const)('replaces %s from the CRM', (_what, props, pick, expected) => {
    expect(pick(mergeSyncedDeal(stored, sync(props)).deal)).toEqual(expected);
  });

  it('never overwrites the PM\'s own fields', () => {
    const { deal } = mergeSyncedDeal(stored, sync({ amount: '2000' }));
    expect(deal).toMatchObject({
      notes: 'Kick-off booked', billing: { model: 'fixed' }, tag: 'from a newer version',
      links: { gmailThreads: ['18c2f0a1b2c3d4e5'], asana: ['1200'] },
    });
    expect(deal.specialTerms.find((t) => t.text === 'Free onboarding')!.remindDaysBefore).toBe(3);
    expect(deal.specialTerms.map((t) => t.id)).toContain('t-pm');
    expect(deal.stakeholders).toMatchObject([{ name: 'Ana', status: 'left' }, { name: 'Lee (PM side)' }]);
    expect(dealSchema.safeParse(deal).success).toBe(true);
  });

  it('replaces the CRM\'s domains and keeps those the PM added', () => {
    const moved = sync({}, t1, { companies: [{ id: 'c', properties: { name: 'Acme', domain: 'acme.io' } }], contacts: [] });
    expect(mergeSyncedDeal(stored, moved).deal.links.domains).toEqual(['acme.io', 'acme-partner.com']);
  });

  it('keeps the undated bad-date term, still shown as written', () => {
    const { deal } = mergeSyncedDeal(stored, sync());
    expect(deal.specialTerms).toContainEqual(expect.objectContaining({ text: '2027-02-30: Net 60', dueOn: null }));
  });
});

describe('what the sync learns from a merge', () => {
  const first = sync({}, t0);

  it.each([
    ['nothing changed in the CRM', first, {}, { changed: false, newlySigned: false }],
    ['the amount changed', first, { amount: '5' }, { changed: true, newlySigned: false }],
    ['the deal was won', first, { dealstage: 'won' }, { changed: true, newlySigned: true }],
    ['already signed', sync({ dealstage: 'won' }, t0), { dealstage: 'won' }, { changed: false, newlySigned: false }],
  ] as const)('%s', (_what, stored, props, expected) => {
    const r = mergeSyncedDeal(stored, sync(props));
    expect(r).toMatchObject(expected);
    expect(r.deal.updatedAt).toBe((expected.changed ? t1 : t0).toISOString());
  });

  it('a deal Handoff marked delivering stays delivering while the CRM says won', () => {
    const delivering = { ...sync({ dealstage: 'won', closedate: '2026-11-30' }, t0), stage: 'delivering' as const };
    expect(mergeSyncedDeal(delivering, sync({ dealstage: 'won', closedate: '2026-11-30' })).deal).toMatchObject({
      stage: 'delivering', signedOn: '2026-11-30',
    });
  });

  it('takes over a CSV-imported deal: its PM work is kept, the id becomes the live one', () => {
    const imported: Deal = {
      ...emptyDeal('hubspot-101', t0), name: 'Acme', stage: 'negotiation', notes: 'From the export',
      deliverables: [{ id: 'd1', name: 'SSO with Okta', promisedOn: '2027-03-01', promisedBy: null, pmConfirmed: true }],
      links: { domains: ['acme.com'], gmailThreads: [], jira: [], asana: [] },
    };
    const { deal } = mergeSyncedDeal(imported, sync());
    expect(deal).toMatchObject({ id: 'hubspot:101', notes: 'From the export' });
    expect(deal.deliverables.filter((d) => d.name === 'SSO with Okta')).toMatchObject([
      { id: 'd1', pmConfirmed: true, promisedBy: 'dana@northwind.io', fromCrm: true },
    ]);
    expect(deal.links.domains).toEqual(['acme.com']);
  });
});
