import { describe, expect, it } from 'vitest';
import {
  billingModelLabel,
  billingSummary,
  daysLeftText,
  formatDay,
  formatMoney,
  paymentTermsText,
  stageLabel,
  viaText,
} from '@/lib/deal';
import type { Deal } from '@/lib/model';

describe('formatMoney', () => {
  it.each([
    [{ amount: 180000, currency: 'USD' }, '$180,000'],
    [{ amount: 0, currency: 'USD' }, '$0'],
    [{ amount: 1234.5, currency: 'USD' }, '$1,234.50'],
    [{ amount: 95000, currency: 'EUR' }, '€95,000'],
    [{ amount: 42000, currency: 'GBP' }, '£42,000'],
    [{ amount: 5000000, currency: 'JPY' }, '¥5,000,000'],
  ])('%j is %s', (money, text) => {
    expect(formatMoney(money)).toBe(text);
  });

  it('uses the locale it is given', () => {
    expect(formatMoney({ amount: 95000, currency: 'EUR' }, 'de-DE')).toBe('95.000\u00a0€');
  });

  it('falls back to amount and code for a code Intl refuses', () => {
    expect(formatMoney({ amount: 1000, currency: 'US' })).toBe('1,000 US');
  });
});

describe('formatDay', () => {
  it.each([
    ['2027-01-15', '15 Jan 2027'],
    ['2026-12-01', '1 Dec 2026'],
    ['2024-02-29', '29 Feb 2024'],
    ['2026-09-30', '30 Sep 2026'],
    ['not a day', 'not a day'],
    ['2026-02-30', '2026-02-30'],
  ])('%s is %s', (day, text) => {
    expect(formatDay(day)).toBe(text);
  });
});

describe('daysLeftText', () => {
  it.each([
    [3, 'in 3 days'],
    [1, 'in 1 day'],
    [0, 'today'],
    [-1, '1 day ago'],
    [-2, '2 days ago'],
    [365, 'in 365 days'],
  ])('%i is %s', (n, text) => {
    expect(daysLeftText(n)).toBe(text);
  });
});

describe('labels', () => {
  it.each([
    ['prospect', 'Prospect'],
    ['negotiation', 'Negotiation'],
    ['signed', 'Signed'],
    ['delivering', 'Delivering'],
    ['closed', 'Closed'],
  ] as const)('stage %s is %s', (stage, text) => {
    expect(stageLabel(stage)).toBe(text);
  });

  it.each([
    ['fixed', 'Fixed price'],
    ['time-and-materials', 'Time and materials'],
    ['milestone', 'Milestone billing'],
    ['retainer', 'Retainer'],
  ] as const)('billing model %s is %s', (model, text) => {
    expect(billingModelLabel(model)).toBe(text);
  });

  it.each([
    [45, 'Net 45'],
    [30, 'Net 30'],
    [0, 'Due on receipt'],
  ])('payment terms %i days is %s', (days, text) => {
    expect(paymentTermsText(days)).toBe(text);
  });

  it.each([
    [null, null],
    [{ model: 'milestone', paymentTermsDays: 45, notes: '30% on kickoff' }, 'Milestone billing · Net 45'],
    [{ model: 'retainer', paymentTermsDays: null, notes: '' }, 'Retainer'],
  ] as const)('billing %j is %s', (billing, text) => {
    expect(billingSummary(billing as Deal['billing'])).toBe(text);
  });
});

describe('viaText', () => {
  const links = { domains: ['acme.com', 'acme.co.uk'], gmailThreads: [], jira: [{ site: 'https://acme.atlassian.net', key: 'NW' }, { site: 'https://acme.atlassian.net', key: 'OPS-17' }], asana: [] };
  it.each([
    ['gmail-thread', 'Linked to this thread'],
    ['domain', 'Linked by domain acme.com, acme.co.uk'],
    ['jira-issue', 'Linked to this issue'],
    ['jira-project', 'Linked by Jira project NW'],
    ['asana-task', 'Linked to this task'],
    ['asana-project', 'Linked by Asana project'],
  ] as const)('%s with the deal is %s', (via, text) => {
    expect(viaText(via, { links })).toBe(text);
  });

  it.each([
    ['domain', 'Linked by the customer’s domain'],
    ['jira-project', 'Linked by Jira project'],
  ] as const)('%s without the deal is %s', (via, text) => {
    expect(viaText(via)).toBe(text);
  });
});

