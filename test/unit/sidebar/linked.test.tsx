// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { Deal } from '@/lib/model';
import { buttonByText, click, field, linked, mount, text } from './helpers';
import { makeDeal, TODAY } from '../../support/factories';

const show = (state = linked(), actions = {}) =>
  mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} actions={actions} />);

describe('Sidebar, linked deal', () => {
  it('marks the panel and shows the deal name and account', () => {
    const root = show();
    const panel = root.querySelector('[data-handoff-panel]')!;
    expect(panel.getAttribute('data-state')).toBe('linked');
    expect(text(field(root, 'deal-name'))).toBe('Acme data platform rollout');
    expect(text(field(root, 'account'))).toBe('Acme Corp');
  });

  it.each([
    ['prospect', 'Not signed · Prospect', 'danger'],
    ['negotiation', 'Not signed · Negotiation', 'danger'],
    ['signed', 'Signed', 'ok'],
    ['delivering', 'Delivering', 'ok'],
    ['closed', 'Closed', 'none'],
  ] as const)('shows stage %s as "%s"', (stage, label, level) => {
    const root = show(linked({ stage }));
    const pill = field(root, 'stage');
    expect(text(pill)).toBe(label);
    expect(pill.getAttribute('data-level')).toBe(level);
    expect(pill.getAttribute('data-stage')).toBe(stage);
  });

  it('puts the unsigned warning at the top of the alerts', () => {
    const root = show();
    const alerts = [...root.querySelectorAll('[data-handoff-field="alert"]')];
    expect(alerts[0]!.getAttribute('data-level')).toBe('danger');
    expect(text(alerts[0])).toContain('Not signed yet');
    expect(alerts.some((a) => text(a).includes('Security review before go-live'))).toBe(true);
    expect(root.querySelector('[data-handoff-panel]')!.getAttribute('data-level')).toBe('danger');
  });

  it('shows value, billing model, payment terms and billing notes', () => {
    const root = show();
    expect(text(field(root, 'value'))).toBe('$180,000');
    expect(text(field(root, 'billing'))).toBe('Milestone billing · Net 45');
    expect(text(field(root, 'billing-notes'))).toBe('30% on kickoff');
    expect(text(field(root, 'owner'))).toBe('Dana Ruiz');
    expect(text(field(root, 'notes'))).toBe('Customer prefers Tuesday calls.');
  });

  it('survives a deal without value, billing, owner or lists', () => {
    const root = show(linked({ value: null, billing: null, owner: null, specialTerms: [], deliverables: [], stakeholders: [], notes: '' }));
    expect(root.querySelector('[data-handoff-field="value"]')).toBeNull();
    expect(text(field(root, 'billing'))).toBe('Not recorded');
    expect(text(root)).toContain('No special terms.');
    expect(text(root)).toContain('No deliverables promised.');
    expect(text(root)).toContain('No stakeholders listed.');
    expect(root.querySelector('[data-handoff-field="notes"]')).toBeNull();
  });

  it.each([
    ['gmail-thread', 'Linked to this thread'],
    ['domain', 'Linked by domain acme.com'],
    ['jira-issue', 'Linked to this issue'],
    ['jira-project', 'Linked by Jira project NW'],
    ['asana-task', 'Linked to this task'],
  ] as const)('says why it is linked (%s)', (via, why) => {
    const root = show(linked({}, { via }));
    expect(text(field(root, 'via'))).toBe(why);
  });

  it('says when other deals matched too', () => {
    const root = show(linked({}, { alsoMatched: ['acme-support', 'acme-audit'] }));
    expect(text(field(root, 'via'))).toBe('Linked to this thread · also matches 2 other deals');
  });

  it.each([
    ['2027-01-15', undefined, 'in 55 days', 'ok'],
    ['2026-12-05', undefined, 'in 14 days', 'warning'],
    ['2026-11-24', undefined, 'in 3 days', 'warning'],
    ['2026-11-21', undefined, 'today', 'warning'],
    ['2026-11-19', undefined, '2 days ago', 'danger'],
    ['2026-12-20', 30, 'in 29 days', 'warning'],
  ])('shows a term due %s with "%s" and level %s', (dueOn, remindDaysBefore, daysLeft, level) => {
    const term = { id: 't', text: 'Go live', dueOn, ...(remindDaysBefore === undefined ? {} : { remindDaysBefore }) };
    const root = show(linked({ specialTerms: [term] }));
    const row = field(root, 'term');
    expect(row.getAttribute('data-level')).toBe(level);
    expect(text(field(row, 'term-text'))).toBe('Go live');
    expect(text(field(row, 'days-left'))).toBe(daysLeft);
    expect(field(row, 'term-due').getAttribute('datetime')).toBe(dueOn);
  });

  it('lists every term, a term without a due day as such', () => {
    const root = show();
    const rows = [...root.querySelectorAll('[data-handoff-field="term"]')];
    expect(rows.map((r) => r.getAttribute('data-level'))).toEqual(['ok', 'none', 'warning']);
    expect(text(rows[0])).toContain('Due 15 Jan 2027 · in 55 days');
    expect(text(rows[1])).toContain('No due date');
  });

  it('uses the default reminder window it is given', () => {
    const root = show(linked({ specialTerms: [{ id: 't', text: 'Go live', dueOn: '2026-12-01' }] }, { defaultRemindDays: 5 }));
    expect(field(root, 'term').getAttribute('data-level')).toBe('ok');
  });

  it('shows who promised each deliverable and whether the PM confirmed it', () => {
    const root = show();
    const rows = [...root.querySelectorAll('[data-handoff-field="deliverable"]')];
    expect(text(rows[0])).toContain('Pilot dashboard');
    expect(text(rows[0])).toContain('Promised for 10 Dec 2026 (in 19 days) by Dana Ruiz');
    expect(text(rows[0])).toContain('Not confirmed by PM');
    expect(rows[0]!.getAttribute('data-level')).toBe('warning');
    expect(text(rows[1])).toContain('Confirmed by PM');
    expect(text(rows[1])).not.toContain('Not confirmed');
    expect(rows[1]!.getAttribute('data-level')).toBe('ok');
  });

  it('says "Refused by PM" for a deliverable the PM refused (the loose pmRefused flag)', () => {
    const refused = { id: 'd3', name: 'SSO with Okta', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false, pmRefused: true };
    const root = show(linked({ deliverables: [...makeDeal().deliverables, refused] }));
    const tags = [...root.querySelectorAll('[data-handoff-field="pm-confirmed"]')];
    expect(tags.map((t) => [text(t), t.getAttribute('data-decision')])).toEqual([
      ['Not confirmed by PM', 'none'],
      ['Confirmed by PM', 'confirmed'],
      ['Refused by PM', 'refused'],
    ]);
    expect(tags[2]!.getAttribute('data-level')).toBe('danger');
  });

  it('marks a stakeholder who left, struck through', () => {
    const root = show();
    const rows = [...root.querySelectorAll('[data-handoff-field="stakeholder"]')];
    const [active, left] = rows;
    expect(active!.getAttribute('data-status')).toBe('active');
    expect(active!.querySelector('s')).toBeNull();
    expect(text(active)).toContain('VP Operations');
    expect(left!.getAttribute('data-status')).toBe('left');
    expect(text(left!.querySelector('s'))).toBe('Jo Marsh');
    expect(text(left)).toContain('left');
    expect(text(left)).toContain('IT Director');
  });

  it('shows extra warnings with the deal alerts', () => {
    const root = show(linked({ stage: 'signed' }, { extraWarnings: [{ level: 'warning', text: 'Dana asked for an estimate.' }] }));
    const alerts = [...root.querySelectorAll('[data-handoff-field="alert"]')].map(text);
    expect(alerts.some((a) => a.includes('Dana asked for an estimate.'))).toBe(true);
  });

  it('opens the deal in Handoff', async () => {
    const openOptions = vi.fn();
    const root = show(linked(), { openOptions });
    await click(buttonByText(root, 'Open in Handoff'));
    expect(openOptions).toHaveBeenCalledWith('acme-platform');
  });

  it('has no "Open in Handoff" without the action', () => {
    expect(buttonByText(show(), 'Open in Handoff')).toBeUndefined();
  });

  it('renders hostile deal data as text', () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
    const patch: Partial<Deal> = {
      name: evil,
      account: evil,
      notes: evil,
      billing: { model: 'fixed', paymentTermsDays: 30, notes: evil },
      specialTerms: [{ id: 't', text: evil, dueOn: '2026-12-01' }],
      deliverables: [{ id: 'd', name: evil, promisedOn: null, promisedBy: null, pmConfirmed: false }],
      stakeholders: [{ name: evil, email: null, role: evil, status: 'left' }],
    };
    const root = show(linked(patch));
    expect(root.querySelector('img, script')).toBeNull();
    expect(text(field(root, 'deal-name'))).toBe(evil);
    expect(text(field(root, 'term-text'))).toBe(evil);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('says it cannot show the deal instead of breaking on a bad day', async () => {
    let root!: HTMLElement;
    await act(() => {
      root = show(linked({}, { today: 'yesterday' }));
    });
    expect(root.querySelector('[data-handoff-panel]')!.getAttribute('data-state')).toBe('linked');
    expect(text(root)).toContain('Handoff could not show this deal');
    // The panel is still there to collapse.
    expect(root.querySelector('[aria-expanded="true"]')).not.toBeNull();
  });

  it('takes today from its state, not the clock', () => {
    const later = show(linked({ specialTerms: [{ id: 't', text: 'Go live', dueOn: TODAY }] }, { today: '2026-11-25' }));
    expect(text(field(later, 'days-left'))).toBe('4 days ago');
    expect(makeDeal().id).toBe('acme-platform');
  });
});
