import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '@/lib/requests/markdown';
import { weeklySyncMarkdown } from '@/lib/requests/weekly-sync';
import { blankDeal as deal, salesPeople as people, makeRequest as req, utcDay } from '../../support/factories';

const TODAY = '2026-12-20';
const acme = deal('acme-platform', {
  name: 'Acme data platform rollout',
  account: 'Acme Corp',
  stage: 'negotiation',
  specialTerms: [
    { id: 't1', text: 'Phase 1 must be live by 2027-01-15 or the first milestone is not paid', dueOn: '2027-01-15', remindDaysBefore: 14 },
    { id: 't2', text: 'Too far', dueOn: '2027-01-20' },
    { id: 't3', text: 'Already past', dueOn: '2026-12-19' },
    { id: 't4', text: 'Due *today*', dueOn: TODAY },
    { id: 't5', text: 'No day', dueOn: null },
  ],
  deliverables: [
    { id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false },
    { id: 'd2', name: 'Confirmed one', promisedOn: '2026-12-30', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: true },
    { id: 'd3', name: 'Unpromised', promisedOn: null, promisedBy: null, pmConfirmed: false },
    { id: 'd4', name: 'Data export', promisedOn: '2026-12-23', promisedBy: null, pmConfirmed: false },
  ],
  stakeholders: [
    { name: 'Lee Park', email: 'lee.park@acme.com', role: 'VP Operations', status: 'left' },
    { name: 'Still Here', email: null, role: '', status: 'active' },
  ],
});
const closed = deal('old', {
  name: 'Old closed deal',
  stage: 'closed',
  specialTerms: [{ id: 'x', text: 'Closed term', dueOn: '2026-12-25' }],
  stakeholders: [{ name: 'Gone Person', email: null, role: '', status: 'left' }],
});

const sow = req({ id: 'sow', loggedAt: '2026-12-18T10:00:00.000Z', summary: 'Finish the SOW before signature' });
const old = req({ id: 'old', loggedAt: '2026-12-13T10:00:00.000Z', summary: 'Eight days ago', status: 'accepted' });
const edge = req({ id: 'edge', loggedAt: '2026-12-14T10:00:00.000Z', summary: 'Six days ago', status: 'redirected' });
const marco = req({
  id: 'm',
  loggedAt: '2026-12-19T10:00:00.000Z',
  from: { name: 'Marco', email: 'marco.bianchi@northwind.io' },
  label: 'estimate-request',
  dealId: null,
  summary: 'Quote for *phase 3*',
});
const future = req({ id: 'f', loggedAt: '2026-12-21T10:00:00.000Z', summary: 'Tomorrow (clock skew)', status: 'done' });

const run = (over: Partial<Parameters<typeof weeklySyncMarkdown>[0]> = {}) =>
  weeklySyncMarkdown({ requests: [future, marco, sow, edge, old], deals: [closed, acme], people, today: TODAY, dayOf: utcDay, ...over });

function section(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('weeklySyncMarkdown', () => {
  const md = run();

  it('is the full agenda for a known week', () => {
    expect(md).toBe(
      [
        '# Sales–PM weekly sync, 20 Dec 2026',
        '',
        '## Open requests (2)',
        '',
        '- 18 Dec 2026 · Dana Ruiz · Acme data platform rollout · Pre-contract work: Finish the SOW before signature',
        '- 19 Dec 2026 · Marco Bianchi · Estimate request: Quote for \\*phase 3\\*',
        '',
        '## Pre-contract asks this week, per rep (2)',
        '',
        '### Dana Ruiz (2)',
        '',
        '- 14 Dec 2026 · Acme data platform rollout · Pre-contract work: Six days ago — redirected to Sales',
        '- 18 Dec 2026 · Acme data platform rollout · Pre-contract work: Finish the SOW before signature — open',
        '',
        '## Special terms due in the next 30 days (2)',
        '',
        '### Acme data platform rollout (Acme Corp)',
        '',
        '- 20 Dec 2026 (2026-12-20), due today: Due \\*today\\*',
        '- 15 Jan 2027 (2027-01-15), 26 days left: Phase 1 must be live by 2027-01-15 or the first milestone is not paid',
        '',
        '## Deliverables promised and not confirmed by the PM (2)',
        '',
        '### Acme data platform rollout (Acme Corp)',
        '',
        '- Pilot dashboard, promised for 10 Dec 2026 (10 days ago, overdue), by Dana Ruiz',
        '- Data export, promised for 23 Dec 2026 (in 3 days)',
        '',
        '## Stakeholders who left (1)',
        '',
        '### Acme data platform rollout (Acme Corp)',
        '',
        '- Lee Park (VP Operations, lee.park@acme.com)',
        '',
      ].join('\n'),
    );
  });

  it('counts pre-contract asks of the last 7 days only (today and the 6 before)', () => {
    const week = section(md, 'Pre-contract asks');
    expect(week).toContain('Six days ago');
    expect(week).not.toContain('Eight days ago');
    expect(week).not.toContain('clock skew');
    expect(week).not.toContain('Quote');
  });

  it('groups pre-contract asks per rep, the busiest first', () => {
    const more = req({ id: 'z', loggedAt: '2026-12-19T08:00:00.000Z', from: { name: 'Zoe', email: 'zoe@n.io' }, summary: 'Zoe ask' });
    const week = section(run({ requests: [sow, more, edge] }), 'Pre-contract asks');
    expect(week.indexOf('### Dana Ruiz (2)')).toBeLessThan(week.indexOf('### Zoe (1)'));
  });

  it('leaves out terms past, beyond 30 days or without a day, and everything of closed deals', () => {
    const terms = section(md, 'Special terms');
    for (const gone of ['Too far', 'Already past', 'No day', 'Closed term']) expect(terms).not.toContain(gone);
    expect(md).not.toContain('Gone Person');
    expect(md).not.toContain('Confirmed one');
    expect(md).not.toContain('Unpromised');
  });

  it('a term 30 days ahead is in, 31 is out', () => {
    const d = deal('t', { name: 'T', specialTerms: [{ id: 'a', text: 'thirty', dueOn: '2027-01-19' }, { id: 'b', text: 'thirty-one', dueOn: '2027-01-20' }] });
    const terms = section(run({ deals: [d] }), 'Special terms');
    expect(terms).toContain('30 days left: thirty\n');
    expect(terms).not.toContain('thirty-one');
  });

  it('says so when a section is empty', () => {
    const empty = weeklySyncMarkdown({ requests: [], deals: [], people: [], today: TODAY });
    expect(empty.match(/_None\._/g)).toHaveLength(5);
    expect(empty).toContain('## Open requests (0)');
  });

  it('escapes Markdown in user text so it cannot add links, HTML, headings or lines', () => {
    const evil = req({
      id: 'e',
      loggedAt: '2026-12-19T10:00:00.000Z',
      from: { name: '# [Boss](javascript:x)', email: 'boss@n.io' },
      summary: '<img src=x onerror=alert(1)> **bold** _em_ `code`\n## injected heading\n- item | pipe ~strike~ &amp;',
      dealId: null,
    });
    const out = run({ requests: [evil] });
    expect(out).not.toContain('\n## injected');
    expect(out).not.toMatch(/(^|[^\\])<img/);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\#\\# injected heading - item \\| pipe \\~strike\\~ \\&amp;');
    expect(out).toContain('### \\# \\[Boss\\](javascript:x) (1)');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\\b', 'a\\\\b'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['- dash', '\\- dash'],
    ['+ plus', '\\+ plus'],
    ['x - y', 'x - y'],
    ['  spaced \n\n lines  ', 'spaced lines'],
    ['snake_case_name', 'snake\\_case\\_name'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('weeklySyncMarkdown: a deliverable the PM refused', () => {
  it('stays on the agenda, said as refused, since Sales must tell the customer', () => {
    const refused = { ...acme, deliverables: [{ id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false, pmRefused: true }] };
    const md = run({ deals: [refused] });
    expect(section(md, 'Deliverables promised')).toContain('- Pilot dashboard, refused by the PM, promised for 10 Dec 2026');
  });
});
