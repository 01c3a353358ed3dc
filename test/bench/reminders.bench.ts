import type { Deal } from '@/lib/model';
import { badgeSummary, localTime, planReminders } from '@/lib/background/reminders';
import { localDay } from '@/lib/dates';
import { addDays } from '@/lib/dates';
import { benchDeal } from './generate';
import { median, percentile, type BenchRow, type BenchSuite } from './types';

const DEALS = 10_000;
const RUNS = 21;

/** Bench deals with due days spread over a year, so the plan sorts real work (and 500 alarms are far fewer than the reminders). */
function deals(): Deal[] {
  return Array.from({ length: DEALS }, (_, i) => {
    const d = benchDeal(i);
    const due = addDays('2026-11-01', i % 365);
    return {
      ...d,
      specialTerms: [
        { ...d.specialTerms[0]!, dueOn: due },
        { id: 't2', text: `Go-live sign-off for customer ${i}`, dueOn: addDays(due, 30) },
      ],
      deliverables: [{ ...d.deliverables[0]!, promisedOn: addDays(due, -20) }],
    };
  });
}

function time(fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export const suite: BenchSuite = {
  name: 'reminders',
  async run(): Promise<BenchRow[]> {
    const all = deals();
    const now = localTime('2026-11-21', 12);
    let reminders = 0;
    let alarms = 0;
    const plan = time(() => {
      const p = planReminders(all, { now, defaultRemindDays: 14 });
      reminders = p.pending + p.fireNow.length;
      alarms = p.alarms.length + (p.chainAt === null ? 0 : 1);
    });
    const requests = Array.from({ length: 2000 }, (_, i) => ({ status: i % 3 ? ('done' as const) : ('open' as const), label: 'estimate-request' as const }));
    const badge = time(() => badgeSummary(all, requests, { today: localDay(new Date(now)), defaultRemindDays: 14 }));
    const n = DEALS.toLocaleString('en');
    return [
      { suite: 'reminders', name: `recompute all reminders, ${n} deals (pure)`, median: median(plan), unit: 'ms', extra: { p95: percentile(plan, 95), reminders, alarms }, budget: 200 },
      { suite: 'reminders', name: `action badge count, ${n} deals (pure)`, median: median(badge), unit: 'ms', extra: { p95: percentile(badge, 95) } },
    ];
  },
};
