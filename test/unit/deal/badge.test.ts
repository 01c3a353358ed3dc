import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/deal';
import type { Deal } from '@/lib/model';
import { sampleBackup } from '../../support/sample';

const base = (): Deal => ({ ...sampleBackup().deals[1]!, stage: 'delivering', specialTerms: [], deliverables: [] });

describe('badgeFor', () => {
  it.each<[string, (d: Deal) => Deal, 'info' | 'warning' | 'danger', RegExp]>([
    ['unsigned deal', (d) => ({ ...d, stage: 'negotiation' }), 'danger', /not signed yet/],
    ['term past due', (d) => ({ ...d, specialTerms: [{ id: 't', text: 'Go live', dueOn: '2026-11-01' }] }), 'danger', /past due since 1 Nov 2026/],
    ['term due within its lead time', (d) => ({ ...d, specialTerms: [{ id: 't', text: 'Go live', dueOn: '2026-11-30', remindDaysBefore: 14 }] }), 'warning', /due 30 Nov 2026/],
    ['term due later than its lead time', (d) => ({ ...d, specialTerms: [{ id: 't', text: 'Go live', dueOn: '2027-03-01', remindDaysBefore: 14 }] }), 'info', /Part of/],
    ['deliverable promised, not confirmed', (d) => ({ ...d, deliverables: [{ id: 'x', name: 'Runbook', promisedOn: '2026-12-01', promisedBy: 'dana@n.io', pmConfirmed: false }] }), 'warning', /promised “Runbook”/],
    ['deliverable refused by the PM', (d) => ({ ...d, deliverables: [{ id: 'x', name: 'Runbook', promisedOn: '2026-12-01', promisedBy: 'dana@n.io', pmConfirmed: false, pmRefused: true }] }), 'warning', /promised “Runbook” and you refused it: agree the change with the customer/],
    ['deliverable confirmed', (d) => ({ ...d, deliverables: [{ id: 'x', name: 'Runbook', promisedOn: '2026-12-01', promisedBy: 'dana@n.io', pmConfirmed: true }] }), 'info', /Part of/],
    ['nothing to say', (d) => d, 'info', /Part of “Globex CRM migration” \(delivering\)/],
  ])('%s', (_name, patch, level, text) => {
    const b = badgeFor(patch(base()), '2026-11-21', 14);
    expect(b.level).toBe(level);
    expect(b.text).toMatch(text);
  });
});
