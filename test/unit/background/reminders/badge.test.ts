import { describe, expect, it } from 'vitest';
import type { Deal, SalesRequest } from '@/lib/model';
import { readFileSync } from 'node:fs';
import { badgeSummary, emptyState, markDone } from '@/lib/background/reminders';
import { BADGE_COLORS, tokenValue } from '@/components/kit/tokens';

const term = (id: string, dueOn: string | null, remindDaysBefore?: number) => ({ id, text: `term ${id}`, dueOn, ...(remindDaysBefore !== undefined && { remindDaysBefore }) });
function deal(id: string, specialTerms: Deal['specialTerms'], stage: Deal['stage'] = 'signed'): Deal {
  return {
    id, name: id, account: id, stage, signedOn: null, owner: null, value: null, billing: null, specialTerms, deliverables: [], stakeholders: [],
    links: { domains: [], gmailThreads: [], jira: [], asana: [] }, notes: '', updatedAt: '2026-11-20T16:30:00.000Z',
  };
}
const req = (status: SalesRequest['status'], label: SalesRequest['label'] = 'estimate-request') => ({ status, label });
const TODAY = '2026-11-21';

describe('badgeSummary', () => {
  it.each([
    ['nothing', [], [], { count: 0, text: '', severity: 'none', title: 'Handoff: nothing needs you' }],
    ['a term due in 14 days (lead 14)', [deal('a', [term('t', '2026-12-05', 14)])], [], { count: 1, text: '1', severity: 'amber', title: 'Handoff: 1 term due soon' }],
    ['a term due in 15 days is not yet counted', [deal('a', [term('t', '2026-12-06', 14)])], [], { count: 0 }],
    ['the default lead (10) applies without remindDaysBefore', [deal('a', [term('t', '2026-12-01'), term('u', '2026-12-02')])], [], { count: 1 }],
    ['past due is red', [deal('a', [term('t', '2026-11-20', 14)])], [], { count: 1, severity: 'red', title: 'Handoff: 1 term past due' }],
    ['closed deals do not count', [deal('a', [term('t', '2026-11-20', 14)], 'closed')], [], { count: 0 }],
    ['open requests count, others do not', [], [req('open'), req('open'), req('done'), req('redirected')], { count: 2, severity: 'amber', title: 'Handoff: 2 open requests' }],
    ['an open pre-contract ask is red', [], [req('open', 'pre-contract-work')], { count: 1, severity: 'red', title: 'Handoff: 1 open request (1 pre-contract)' }],
    ['requests and terms add up', [deal('a', [term('t', '2026-11-25', 14), term('u', '2027-06-01', 14)])], [req('open'), req('open')], { count: 3, severity: 'amber', title: 'Handoff: 2 open requests, 1 term due soon' }],
  ] as const)('%s', (_, deals, requests, expected) => {
    expect(badgeSummary(deals as unknown as Deal[], requests, { today: TODAY, defaultRemindDays: 10 })).toMatchObject(expected);
  });

  it('drops a term the PM marked done, and caps the text', () => {
    const deals = [deal('a', [term('t', '2026-11-25', 14)])];
    const state = markDone(emptyState(), 'term:a:t:lead', 1);
    expect(badgeSummary(deals, [], { today: TODAY, defaultRemindDays: 14, state }).count).toBe(0);
    const many = Array.from({ length: 1200 }, () => req('open'));
    expect(badgeSummary([], many, { today: TODAY, defaultRemindDays: 14 }).text).toBe('999+');
  });
});

describe('BADGE_COLORS', () => {
  // tokens.css as written, read apart from the module under test.
  const tokens = readFileSync(new URL('../../../../components/kit/tokens.css', import.meta.url), 'utf8');
  const declared = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(tokens)?.[1];

  it('are tokens.css\'s solid fills, as colour strings the browser takes', () => {
    expect(BADGE_COLORS).toEqual({ red: declared('danger-solid'), amber: declared('warn-solid') });
    for (const color of Object.values(BADGE_COLORS)) expect(color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('come from a token reader that refuses theme-dependent and unknown tokens', () => {
    expect(tokenValue('space-6')).toBe('6px');
    expect(() => tokenValue('danger')).toThrow(/theme/);
    expect(() => tokenValue('no-such-token')).toThrow(/no --no-such-token/);
    // The minified form the build makes (no spaces, shortened colours) reads the same.
    expect(tokenValue('danger-solid', ':root,:host{color-scheme:light;--danger:var(--lightningcss-light,#b42318)var(--lightningcss-dark,#ff7b72);--danger-solid:#d93025}')).toBe('#d93025');
  });
});
