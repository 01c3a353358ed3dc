import { describe, expect, it } from 'vitest';
import { dealAlerts, UNSIGNED_ALERT_TEXT, worstLevel, type AlertLevel, type DealAlert } from '@/lib/deal';
import type { Deal } from '@/lib/model';
import { makeDeal, TODAY } from '../../support/factories';

/** A signed deal with nothing pending: each test adds what it is about. */
const deal = (patch: Partial<Deal> = {}): Deal =>
  makeDeal({ stage: 'signed', signedOn: '2026-11-01', billing: { model: 'milestone', paymentTermsDays: 45, notes: '' }, specialTerms: [], deliverables: [], stakeholders: [], links: { domains: ['acme.com'], gmailThreads: [], jira: [], asana: [] }, notes: '', ...patch });

const levels = (alerts: DealAlert[]) => alerts.map((a) => a.level);

describe('dealAlerts', () => {
  it('says nothing about a signed deal with nothing pending', () => {
    expect(dealAlerts(deal(), TODAY, 14)).toEqual([]);
  });

  it.each([
    ['prospect', [{ level: 'danger', text: UNSIGNED_ALERT_TEXT, subject: { kind: 'stage' } }]],
    ['negotiation', [{ level: 'danger', text: UNSIGNED_ALERT_TEXT, subject: { kind: 'stage' } }]],
    ['signed', []],
    ['delivering', []],
    ['closed', [{ level: 'info', text: 'This deal is closed.', subject: { kind: 'stage' } }]],
  ] as const)('stage %s', (stage, expected) => {
    expect(dealAlerts(deal({ stage }), TODAY, 14)).toEqual(expected);
  });

  it('calls an unsigned deal Sales’ risk', () => {
    expect(UNSIGNED_ALERT_TEXT).toMatch(/^Not signed yet/);
    expect(UNSIGNED_ALERT_TEXT).toMatch(/Sales' risk/);
  });

  it.each([
    ['far ahead', '2027-01-15', undefined, 14, null],
    ['inside the default window', '2026-11-24', undefined, 14, ['warning', 'Special term due in 3 days (24 Nov 2026): “Go live”.']],
    ['due today', TODAY, undefined, 14, ['warning', 'Special term due today (21 Nov 2026): “Go live”.']],
    ['inside its own window', '2026-12-11', 30, 14, ['warning', 'Special term due in 20 days (11 Dec 2026): “Go live”.']],
    ['outside its own window', '2026-11-24', 2, 14, null],
    ['past due', '2026-11-19', undefined, 14, ['danger', 'Special term past due (19 Nov 2026, 2 days ago): “Go live”.']],
    ['no due day', null, undefined, 14, null],
  ] as const)('a special term %s', (_what, dueOn, remind, defaultRemind, expected) => {
    const t = { id: 't1', text: 'Go live', dueOn, ...(remind === undefined ? {} : { remindDaysBefore: remind }) };
    const alerts = dealAlerts(deal({ specialTerms: [t] }), TODAY, defaultRemind);
    expect(alerts.map((a) => [a.level, a.text])).toEqual(expected ? [expected] : []);
    if (expected) expect(alerts[0]!.subject).toEqual({ kind: 'term', id: 't1' });
  });

  it('shortens a long term text in the alert', () => {
    const text = 'Phase 1 must be live by 2027-01-15 or the first milestone is not paid, and the weekly status report goes to the VP Operations every Friday';
    const [alert] = dealAlerts(deal({ specialTerms: [{ id: 't', text, dueOn: '2026-11-25' }] }), TODAY, 14);
    expect(alert!.text.length).toBeLessThan(140);
    expect(alert!.text).toContain('Phase 1 must be live');
    expect(alert!.text).toContain('…');
  });

  it.each([
    ['promised by the owner, unconfirmed', { promisedBy: 'dana.ruiz@northwind.io' }, ['warning', '“Pilot dashboard” was promised by Dana Ruiz for 10 Dec 2026 and is not confirmed by PM.']],
    ['owner address in other case', { promisedBy: 'Dana.Ruiz@northwind.io' }, ['warning', '“Pilot dashboard” was promised by Dana Ruiz for 10 Dec 2026 and is not confirmed by PM.']],
    ['promised by someone else', { promisedBy: 'marco.bell@northwind.io' }, ['warning', '“Pilot dashboard” was promised by marco.bell@northwind.io for 10 Dec 2026 and is not confirmed by PM.']],
    ['no day', { promisedOn: null }, ['warning', '“Pilot dashboard” was promised by Dana Ruiz and is not confirmed by PM.']],
    ['nobody named', { promisedBy: null }, ['warning', '“Pilot dashboard” was promised for 10 Dec 2026 and is not confirmed by PM.']],
    ['past its day', { promisedOn: '2026-11-18' }, ['danger', '“Pilot dashboard” was promised by Dana Ruiz for 18 Nov 2026 (3 days ago) and is not confirmed by PM.']],
    ['confirmed', { pmConfirmed: true }, null],
    ['not promised', { promisedBy: null, promisedOn: null }, null],
  ] as const)('a deliverable %s', (_what, patch, expected) => {
    const d = { id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false, ...patch };
    const alerts = dealAlerts(deal({ deliverables: [d] }), TODAY, 14);
    expect(alerts.map((a) => [a.level, a.text])).toEqual(expected ? [expected] : []);
  });

  it('names promisers through nameOf and skips non-Sales promises through isSales', () => {
    const deliverables = [
      { id: 'd1', name: 'A', promisedOn: '2026-12-10', promisedBy: 'marco.bell@northwind.io', pmConfirmed: false },
      { id: 'd2', name: 'B', promisedOn: '2026-12-10', promisedBy: 'sam.lee@northwind.io', pmConfirmed: false },
    ];
    const alerts = dealAlerts(deal({ deliverables }), TODAY, 14, {
      nameOf: (e) => (e.startsWith('marco') ? 'Marco Bell' : undefined),
      isSales: (e) => e.startsWith('marco'),
    });
    expect(alerts).toEqual([
      { level: 'warning', text: '“A” was promised by Marco Bell for 10 Dec 2026 and is not confirmed by PM.', subject: { kind: 'deliverable', id: 'd1' } },
    ]);
  });

  it.each([
    [{ name: 'Lee Park', email: null, role: 'VP Operations', status: 'left' }, 'Lee Park (VP Operations) has left Acme Corp.'],
    [{ name: 'Lee Park', email: null, role: '', status: 'left' }, 'Lee Park has left Acme Corp.'],
    [{ name: 'Lee Park', email: null, role: 'VP Operations', status: 'active' }, null],
  ] as const)('stakeholder %j', (s, text) => {
    const alerts = dealAlerts(deal({ stakeholders: [s] }), TODAY, 14);
    expect(alerts).toEqual(text ? [{ level: 'info', text, subject: { kind: 'stakeholder', name: 'Lee Park' } }] : []);
  });

  it('lists the worst first and keeps deal order within a level', () => {
    const alerts = dealAlerts(
      deal({
        stage: 'negotiation',
        stakeholders: [{ name: 'Lee Park', email: null, role: 'VP', status: 'left' }],
        specialTerms: [
          { id: 't1', text: 'Near', dueOn: '2026-11-25' },
          { id: 't2', text: 'Past', dueOn: '2026-11-01' },
        ],
        deliverables: [{ id: 'd1', name: 'Pilot', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false }],
      }),
      TODAY,
      14,
    );
    expect(levels(alerts)).toEqual(['danger', 'danger', 'warning', 'warning', 'info']);
    expect(alerts.map((a) => a.subject)).toEqual([
      { kind: 'stage' },
      { kind: 'term', id: 't2' },
      { kind: 'term', id: 't1' },
      { kind: 'deliverable', id: 'd1' },
      { kind: 'stakeholder', name: 'Lee Park' },
    ]);
  });

  it('keeps hostile text as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const [alert] = dealAlerts(deal({ deliverables: [{ id: 'd', name, promisedOn: null, promisedBy: 'x@y.io', pmConfirmed: false }] }), TODAY, 14);
    expect(alert!.text).toContain(name);
  });
});

describe('worstLevel', () => {
  it.each([
    [[], null],
    [['info'], 'info'],
    [['info', 'warning'], 'warning'],
    [['warning', 'danger', 'info'], 'danger'],
    [['danger', 'warning'], 'danger'],
    [['warning', 'warning'], 'warning'],
  ] as const)('%j is %s', (ls, worst) => {
    expect(worstLevel(ls.map((level) => ({ level: level as AlertLevel })))).toBe(worst);
  });
});
