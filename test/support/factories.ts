import { emptyDeal, type Deal, type Person, type SalesRequest } from '@/lib/model';

/**
 * Records for unit tests, one factory per kind: a test states only the
 * fields it is about and gets valid defaults for the rest.
 */

/** The day unit tests treat as today (the sample data is dated around it). */
export const TODAY = '2026-11-21';

/** A full deal (Acme, unsigned, with terms, deliverables and stakeholders). */
export function makeDeal(patch: Partial<Deal> = {}): Deal {
  return {
    id: 'acme-platform',
    name: 'Acme data platform rollout',
    account: 'Acme Corp',
    stage: 'negotiation',
    signedOn: null,
    owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
    value: { amount: 180000, currency: 'USD' },
    billing: { model: 'milestone', paymentTermsDays: 45, notes: '30% on kickoff' },
    specialTerms: [
      { id: 't1', text: 'Phase 1 must be live by 2027-01-15 or the first milestone is not paid', dueOn: '2027-01-15', remindDaysBefore: 14 },
      { id: 't2', text: 'Weekly written status report to the VP Operations', dueOn: null },
      { id: 't3', text: 'Security review before go-live', dueOn: '2026-11-24' },
    ],
    deliverables: [
      { id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false },
      { id: 'd2', name: 'Data migration plan', promisedOn: '2026-12-20', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: true },
    ],
    stakeholders: [
      { name: 'Lee Park', email: 'lee.park@acme.com', role: 'VP Operations', status: 'active' },
      { name: 'Jo Marsh', email: 'jo.marsh@acme.com', role: 'IT Director', status: 'left' },
    ],
    links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: [{ site: 'https://acme.atlassian.net', key: 'NW' }], asana: [] },
    notes: 'Customer prefers Tuesday calls.',
    updatedAt: '2026-11-20T16:30:00.000Z',
    ...patch,
  };
}

let n = 0;
/** A logged Sales request with a fresh id. */
export function makeRequest(over: Partial<SalesRequest> & { from?: SalesRequest['from'] } = {}): SalesRequest {
  n++;
  return {
    id: `r${n}`,
    loggedAt: '2026-11-19T12:00:00.000Z',
    from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
    dealId: 'acme-platform',
    label: 'pre-contract-work',
    summary: 'Asked me to finish the SOW before signature',
    source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ' },
    status: 'open',
    note: '',
    ...over,
  };
}

export function blankDeal(id: string, over: Partial<Deal> = {}): Deal {
  return { ...emptyDeal(id, new Date('2026-11-20T16:30:00.000Z')), name: id, ...over };
}

export const salesPeople: Person[] = [
  { email: 'Dana.Ruiz@northwind.io', name: 'Dana Ruiz', role: 'sales' },
  { email: 'marco.bianchi@northwind.io', name: 'Marco Bianchi', role: 'sales' },
];

/** Tests pin the day of an instant to its UTC day, whatever the machine's zone. */
export const utcDay = (iso: string) => iso.slice(0, 10);
