import { describe, expect, it } from 'vitest';
import { dealSchema, emptyDeal, type Deal } from '@/lib/model';
import {
  checkDealDraft,
  dealToDraft,
  draftToDeal,
  emptyDeliverable,
  emptyTerm,
  isDealDraftDirty,
  parseNumber,
  splitList,
} from '@/lib/options/deal-draft';
import { makeDeal } from '../../support/factories';

const now = new Date('2026-11-21T10:00:00.000Z');

// The sample deal, with fields Handoff does not know (kept on save).
const acme = dealSchema.parse({
  ...makeDeal(),
  specialTerms: [
    { id: 't1', text: 'Phase 1 must be live by 2027-01-15', dueOn: '2027-01-15', remindDaysBefore: 14 },
    { id: 't2', text: 'No remind given', dueOn: null, futureField: { keep: true } },
  ],
  deliverables: [{ id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false }],
  stakeholders: [{ name: 'Lee Park', email: 'lee.park@acme.com', role: 'VP Operations', status: 'active', phone: '+1 555' }],
  links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: [{ site: 'https://acme.atlassian.net', key: 'NW', x_kept: 1 }, { site: null, key: 'OPS-17' }], asana: ['1208812345678901'], slack: ['C01'] },
  notes: '',
  crmId: 'SF-0061',
});

describe('draft ↔ deal', () => {
  it('round-trips a deal exactly, unknown fields included', () => {
    expect(draftToDeal(dealToDraft(acme), acme)).toEqual(acme);
    expect(isDealDraftDirty(dealToDraft(acme), acme)).toBe(false);
  });

  it('keeps remindDaysBefore absent when it was absent and when blanked', () => {
    const d = dealToDraft(acme);
    const out = draftToDeal(d, acme) as Deal;
    expect('remindDaysBefore' in out.specialTerms[1]!).toBe(false);
    d.specialTerms[0]!.remindDaysBefore = ' ';
    const blanked = draftToDeal(d, acme) as Deal;
    expect('remindDaysBefore' in blanked.specialTerms[0]!).toBe(false);
    expect(dealSchema.safeParse(blanked).success).toBe(true);
  });

  it('turns fully empty owner, value and billing into null', () => {
    const d = { ...dealToDraft(acme), ownerName: '', ownerEmail: ' ', valueAmount: '', valueCurrency: '', billingModel: '' as const, paymentTermsDays: '', billingNotes: '' };
    const out = draftToDeal(d, acme);
    expect(out.owner).toBeNull();
    expect(out.value).toBeNull();
    expect(out.billing).toBeNull();
    expect(checkDealDraft(d, acme).deal).not.toBeNull();
  });

  it('keeps a partly filled object so its missing part is reported', () => {
    const d = { ...dealToDraft(emptyDeal('x', now)), name: 'X', ownerName: 'Dana', valueAmount: '12', billingNotes: 'net 30' };
    const { deal, errors } = checkDealDraft(d, emptyDeal('x', now));
    expect(deal).toBeNull();
    expect(errors['owner.email']).toEqual(['must be an e-mail address']);
    expect(errors['value.currency']?.[0]).toMatch(/currency/);
    expect(errors['billing.model']).toEqual(['must be chosen']);
  });

  it('normalizes what is safe to normalize', () => {
    const d = { ...dealToDraft(acme), valueCurrency: 'eur ', valueAmount: ' 1500.5 ', domains: 'acme.com\n\n  acme.co.uk , acme.de\n' };
    const out = draftToDeal(d, acme) as Deal;
    expect(out.value).toEqual({ amount: 1500.5, currency: 'EUR' });
    expect(out.links.domains).toEqual(['acme.com', 'acme.co.uk', 'acme.de']);
    expect((out.links as Record<string, unknown>).slack).toEqual(['C01']);
  });

  it('new rows get unused ids and validate', () => {
    const d = dealToDraft(acme);
    d.specialTerms.push({ ...emptyTerm(d.specialTerms), text: 'New term', dueOn: '2027-02-01' });
    d.deliverables.push({ ...emptyDeliverable(d.deliverables), name: 'Runbook' });
    const out = checkDealDraft(d, acme);
    expect(out.errors).toEqual({});
    const deal = out.deal as Deal;
    expect(deal.specialTerms.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(deal.deliverables[1]).toEqual({ id: 'd2', name: 'Runbook', promisedOn: null, promisedBy: null, pmConfirmed: false });
    expect(isDealDraftDirty(d, acme)).toBe(true);
  });
});

describe('checkDealDraft', () => {
  it('refuses a new deal whose id is taken', () => {
    const base = emptyDeal('', now);
    const d = { ...dealToDraft(base), id: 'acme-platform', name: 'Dup' };
    const r = checkDealDraft(d, base, { isNew: true, takenIds: new Set(['acme-platform']) });
    expect(r.deal).toBeNull();
    expect(r.errors.id?.[0]).toMatch(/already used/);
    // An existing deal keeps its own id.
    expect(checkDealDraft(dealToDraft(acme), acme, { isNew: false, takenIds: new Set(['acme-platform']) }).deal).not.toBeNull();
  });

  it('reports each field problem with its path', () => {
    const d = dealToDraft(acme);
    d.specialTerms[0]!.dueOn = '2027-02-30';
    d.deliverables[0]!.promisedBy = 'dana';
    d.stakeholders[0]!.name = '  ';
    d.jira = 'acme.atlassian.net/NW\nops 17';
    d.valueAmount = 'abc';
    const { errors, deal } = checkDealDraft(d, acme);
    expect(deal).toBeNull();
    expect(Object.keys(errors).sort()).toEqual([
      'deliverables[0].promisedBy',
      'links.jira',
      'specialTerms[0].dueOn',
      'stakeholders[0].name',
      'value.amount',
    ]);
  });

  it('flags duplicate row ids', () => {
    const d = dealToDraft(acme);
    d.specialTerms[1]!.id = 't1';
    expect(checkDealDraft(d, acme).errors['specialTerms[1].id']).toBeDefined();
  });
});

describe('Jira links in the editor (site/KEY, one a line)', () => {
  it('shows each link with its site, an unbound one as its bare key, and reads them back unchanged', () => {
    const d = dealToDraft(acme);
    expect(d.jira).toBe('acme.atlassian.net/NW\nOPS-17');
    const { deal } = checkDealDraft(d, acme);
    expect((deal as Deal).links.jira).toEqual(acme.links.jira);
  });

  it.each([
    ['a bare key that was not unbound before', 'NW-4', /“NW-4” needs its Jira site: write it as acme\.atlassian\.net\/NW-4/],
    ['a site that is not an https address', 'http://acme.atlassian.net/NW', /“http:\/\/acme\.atlassian\.net\/NW”: “http:\/\/acme\.atlassian\.net” is not the https address/],
    ['a bad key', 'acme.atlassian.net/ops 1', /“acme\.atlassian\.net\/ops 1”: “OPS 1” is not a Jira project key/],
  ])('refuses %s, naming the entry', (_name, line, message) => {
    const d = dealToDraft(acme);
    d.jira = `acme.atlassian.net/NW\n${line}`;
    const { deal, errors } = checkDealDraft(d, acme);
    expect(deal).toBeNull();
    expect(errors['links.jira']?.[0]).toMatch(message);
  });

  it('binds an unbound link when its site is written, and accepts https:// and self-hosted sites', () => {
    const d = dealToDraft(acme);
    d.jira = 'https://acme.atlassian.net/NW\nacme.atlassian.net/OPS-17\njira.example.com:8443/CRM';
    const { deal } = checkDealDraft(d, acme);
    expect((deal as Deal).links.jira).toEqual([
      { site: 'https://acme.atlassian.net', key: 'NW', x_kept: 1 },
      { site: 'https://acme.atlassian.net', key: 'OPS-17' },
      { site: 'https://jira.example.com:8443', key: 'CRM' },
    ]);
  });
});

describe('small parsers', () => {
  it('parseNumber', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 45 ')).toBe(45);
    expect(parseNumber('4x')).toBe('4x');
  });
  it('splitList', () => {
    expect(splitList(' a \n\nb,c ,')).toEqual(['a', 'b', 'c']);
  });
});
