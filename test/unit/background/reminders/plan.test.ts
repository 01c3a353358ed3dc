import { describe, expect, it } from 'vitest';
import type { Deal } from '@/lib/model';
import {
  CHAIN_ALARM,
  emptyState,
  isReminderAlarm,
  localTime,
  markDone,
  markFired,
  parseReminderId,
  parseState,
  planReminders,
  reminderId,
  snooze,
  SNOOZE_MS,
} from '@/lib/background/reminders';

function deal(over: Partial<Deal> = {}): Deal {
  return {
    id: 'acme',
    name: 'Acme rollout',
    account: 'Acme',
    stage: 'signed',
    signedOn: null,
    owner: null,
    value: null,
    billing: null,
    specialTerms: [{ id: 't1', text: 'Phase 1 live by 15 Jan or milestone 1 is not paid', dueOn: '2027-01-15', remindDaysBefore: 14 }],
    deliverables: [{ id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana@northwind.io', pmConfirmed: false }],
    stakeholders: [],
    links: { domains: [], gmailThreads: [], jira: [], asana: [] },
    notes: '',
    updatedAt: '2026-11-20T16:30:00.000Z',
    ...over,
  };
}

const NOW = localTime('2026-11-21', 12); // a Saturday noon, local time
const ids = (rs: ReadonlyArray<{ id: string }>) => rs.map((r) => r.id);

describe('reminder ids', () => {
  it('name the deal and item, and survive a ":" in an id', () => {
    const id = reminderId('term-lead', 'a:b', 't/1');
    expect(id).toBe('term:a%3Ab:t%2F1:lead');
    expect(parseReminderId(id)).toEqual({ kind: 'term-lead', dealId: 'a:b', itemId: 't/1' });
    expect(parseReminderId('deliv:x:y:7d')).toEqual({ kind: 'deliverable', dealId: 'x', itemId: 'y' });
    expect(parseReminderId('reminders:chain')).toBeNull();
    expect(parseReminderId('term:x:y:soon')).toBeNull();
    expect(isReminderAlarm(CHAIN_ALARM)).toBe(true);
    expect(isReminderAlarm('other:alarm')).toBe(false);
  });
});

describe('planReminders', () => {
  it.each([
    // [case, term/deliverable overrides, expected reminders: id → day]
    ['lead and due day of a term, 7 days before a deliverable', {}, { 'term:acme:t1:lead': '2027-01-01', 'term:acme:t1:due': '2027-01-15', 'deliv:acme:d1:7d': '2026-12-03' }],
    ['the default lead when remindDaysBefore is missing', { specialTerms: [{ id: 't1', text: 'x', dueOn: '2027-01-15' }], deliverables: [] }, { 'term:acme:t1:lead': '2027-01-05', 'term:acme:t1:due': '2027-01-15' }],
    ['only the due day with a lead of 0', { specialTerms: [{ id: 't1', text: 'x', dueOn: '2027-01-15', remindDaysBefore: 0 }], deliverables: [] }, { 'term:acme:t1:due': '2027-01-15' }],
    ['nothing for a term without a due day', { specialTerms: [{ id: 't1', text: 'x', dueOn: null }], deliverables: [] }, {}],
    ['nothing for a confirmed deliverable', { specialTerms: [], deliverables: [{ id: 'd1', name: 'P', promisedOn: '2026-12-10', promisedBy: 'a@b.io', pmConfirmed: true }] }, {}],
    ['nothing for a deliverable the PM refused: decided, nothing to confirm', { specialTerms: [], deliverables: [{ id: 'd1', name: 'P', promisedOn: '2026-12-10', promisedBy: 'a@b.io', pmConfirmed: false, pmRefused: true }] }, {}],
    ['nothing for a deliverable Sales did not promise', { specialTerms: [], deliverables: [{ id: 'd1', name: 'P', promisedOn: '2026-12-10', promisedBy: null, pmConfirmed: false }] }, {}],
    ['nothing for a deliverable without a day', { specialTerms: [], deliverables: [{ id: 'd1', name: 'P', promisedOn: null, promisedBy: 'a@b.io', pmConfirmed: false }] }, {}],
    ['nothing for a closed deal', { stage: 'closed' as const }, {}],
  ] as const)('%s', (_, over, expected) => {
    const plan = planReminders([deal(over as Partial<Deal>)], { now: NOW, defaultRemindDays: 10 });
    expect(Object.fromEntries(plan.alarms.map((r) => [r.id, r.day]))).toEqual(expected);
    for (const r of plan.alarms) expect(r.when).toBe(localTime(r.day, 9));
    expect(plan.fireNow).toEqual([]);
  });

  it('fires at local 09:00, nearest first, with readable text', () => {
    const plan = planReminders([deal()], { now: NOW });
    expect(ids(plan.alarms)).toEqual(['deliv:acme:d1:7d', 'term:acme:t1:lead', 'term:acme:t1:due']);
    const lead = plan.alarms[1]!;
    expect(new Date(lead.when).getHours()).toBe(9);
    expect(lead.title).toBe('Due in 14 days (15 Jan 2027): Acme rollout');
    expect(lead.message).toBe('Phase 1 live by 15 Jan or milestone 1 is not paid');
    expect(plan.alarms[2]!.title).toBe('Due today: Acme rollout');
    expect(plan.alarms[0]!.title).toBe('Promised for 10 Dec 2026: Pilot dashboard');
    expect(plan.alarms[0]!.message).toContain('dana@northwind.io');
    expect(plan.chainAt).toBeNull();
  });

  it('a term due in 14 days reminds today: at 09:00 if before it, at once if after', () => {
    const today = '2026-11-21';
    const d = deal({ specialTerms: [{ id: 't1', text: 'x', dueOn: '2026-12-05', remindDaysBefore: 14 }], deliverables: [] });
    const early = planReminders([d], { now: localTime(today, 8) });
    expect(early.alarms[0]).toMatchObject({ id: 'term:acme:t1:lead', when: localTime(today, 9) });
    const late = planReminders([d], { now: localTime(today, 15) });
    expect(ids(late.fireNow)).toEqual(['term:acme:t1:lead']);
    expect(late.fireNow[0]!.missed).toBeUndefined();
    // Once: the next plan keeps quiet.
    const again = planReminders([d], { now: localTime(today, 16), state: late.state });
    expect(again.fireNow).toEqual([]);
    expect(ids(again.alarms)).toEqual(['term:acme:t1:due']);
  });

  it('fires a reminder missed while the browser was closed once, at the next start', () => {
    const d = deal();
    const before = planReminders([d], { now: localTime('2026-11-30', 18) });
    expect(before.fireNow).toEqual([]);
    // Closed from 30 Nov evening to 5 Dec: the deliverable's 3 Dec reminder was missed.
    const start = planReminders([d], { now: localTime('2026-12-05', 10), state: before.state, startup: true });
    expect(ids(start.fireNow)).toEqual(['deliv:acme:d1:7d']);
    expect(start.fireNow[0]!.missed).toBe(true);
    expect(start.fireNow[0]!.message).toContain('missed while the browser was closed');
    const next = planReminders([d], { now: localTime('2026-12-05', 11), state: start.state, startup: true });
    expect(next.fireNow).toEqual([]);
  });

  it('keeps long-past reminders quiet the first time it plans (an old backup)', () => {
    const plan = planReminders([deal()], { now: localTime('2027-03-01', 12) });
    expect(plan.fireNow).toEqual([]);
    expect(plan.alarms).toEqual([]);
  });

  it('an alarm that fired is not planned again; a moved due day is', () => {
    const d = deal({ deliverables: [] });
    const plan = planReminders([d], { now: NOW });
    const lead = plan.alarms[0]!;
    const fired = markFired(plan.state, lead);
    expect(ids(planReminders([d], { now: NOW, state: fired }).alarms)).toEqual(['term:acme:t1:due']);
    const moved = deal({ deliverables: [], specialTerms: [{ ...d.specialTerms[0]!, dueOn: '2027-02-15' }] });
    expect(ids(planReminders([moved], { now: NOW, state: fired }).alarms)).toEqual(['term:acme:t1:lead', 'term:acme:t1:due']);
  });

  it('snooze: fires again 24 h later; done: never again, both reminders of the term', () => {
    const d = deal({ deliverables: [] });
    const firedAt = localTime('2027-01-01', 9);
    const p1 = planReminders([d], { now: firedAt + 1000, state: { ...emptyState(), lastCheck: firedAt - 1000 } });
    expect(ids(p1.fireNow)).toEqual(['term:acme:t1:lead']);
    const clicked = firedAt + 60_000;
    const snoozed = snooze(p1.state, 'term:acme:t1:lead', clicked);
    const p2 = planReminders([d], { now: clicked + 1, state: snoozed });
    expect(p2.alarms[0]).toMatchObject({ id: 'term:acme:t1:lead', when: clicked + SNOOZE_MS });
    // The snoozed reminder fires the next day, once.
    const p3 = planReminders([d], { now: clicked + SNOOZE_MS + 5, state: p2.state });
    expect(ids(p3.fireNow)).toEqual(['term:acme:t1:lead']);
    expect(planReminders([d], { now: clicked + SNOOZE_MS + 10, state: p3.state }).fireNow).toEqual([]);

    const done = markDone(p1.state, 'term:acme:t1:lead', clicked);
    const p4 = planReminders([d], { now: clicked + 1, state: done });
    expect(p4.alarms).toEqual([]);
    expect(p4.state.items['term:acme:t1:due']?.done).toBe(clicked);
  });

  it('schedules the nearest alarms under the cap and chains at the last one', () => {
    const deals = Array.from({ length: 300 }, (_, i) =>
      deal({ id: `d${i}`, specialTerms: [{ id: 't', text: 'x', dueOn: `2027-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`, remindDaysBefore: 14 }] }),
    );
    const plan = planReminders(deals, { now: NOW, maxAlarms: 500 });
    expect(plan.pending).toBe(900);
    expect(plan.alarms).toHaveLength(499);
    const everything = planReminders(deals, { now: NOW, maxAlarms: 1000 }).alarms;
    expect(everything).toHaveLength(900);
    expect(plan.alarms).toEqual(everything.slice(0, 499));
    expect(plan.chainAt).toBe(plan.alarms[498]!.when);
    expect(plan.chainAt!).toBeLessThanOrEqual(everything[499]!.when);
    // When the chain fires, the next ones get their alarms; anything due meanwhile fires.
    const next = planReminders(deals, { now: plan.chainAt!, state: plan.state, maxAlarms: 500 });
    expect(next.fireNow.length).toBeGreaterThan(0);
    expect(next.fireNow.every((r) => r.when <= plan.chainAt!)).toBe(true);
    expect(next.alarms[0]!.when).toBeGreaterThan(plan.chainAt!);
    const all = planReminders(deals.slice(0, 10), { now: NOW, maxAlarms: 500 });
    expect(all.chainAt).toBeNull();
  });

  it('drops marks of reminders that no longer exist; reads bad state as empty', () => {
    const state = { v: 1 as const, lastCheck: 1, items: { 'term:gone:t:lead': { done: 5 }, 'term:acme:t1:due': { done: 5 } } };
    const plan = planReminders([deal()], { now: NOW, state });
    expect(Object.keys(plan.state.items)).toEqual(['term:acme:t1:due']);
    expect(parseState({ v: 2 })).toEqual(emptyState());
    expect(parseState(null)).toEqual(emptyState());
    expect(parseState({ v: 1, lastCheck: 'x', items: { a: { fired: 3, junk: 1 } } })).toEqual({ v: 1, lastCheck: null, items: { a: { fired: 3 } } });
  });
});
