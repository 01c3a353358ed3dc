import { describe, expect, it } from 'vitest';
import { dueDateConflicts } from '@/lib/deal';
import { parseAsanaDueDate } from '@/lib/sites/asana/due-date';
import { sampleBackup } from '../../support/sample';

describe('parseAsanaDueDate (today is Saturday 2026-11-21)', () => {
  it.each([
    ['Today', '2026-11-21'],
    ['Tomorrow', '2026-11-22'],
    ['Yesterday', '2026-11-20'],
    ['Friday', '2026-11-27'],
    ['saturday', '2026-11-28'],
    ['Dec 20', '2026-12-20'],
    ['Jan 20, 2027', '2027-01-20'],
    ['Sept 3, 2027', '2027-09-03'],
    ['Dec 1 – 20', '2026-12-20'],
    ['Nov 28 – Dec 3', '2026-12-03'],
    ['Dec 30, 2026 – Jan 4, 2027', '2027-01-04'],
    ['Feb 30', null],
    ['', null],
    ['No due date', null],
  ])('%j → %s', (text, day) => expect(parseAsanaDueDate(text, '2026-11-21')).toBe(day));
});

describe('dueDateConflicts', () => {
  const acme = sampleBackup().deals[0]!; // term due 2027-01-15; deliverables promised 2026-12-10 and 2026-12-20
  it('says by how many days a task is late for each term and promise', () => {
    expect(dueDateConflicts(acme, '2026-12-15').map((c) => [c.level, c.text])).toEqual([
      ['warning', 'This task is due 15 Dec 2026, 5 days after “Pilot dashboard” was promised (10 Dec 2026).'],
    ]);
    const late = dueDateConflicts(acme, '2027-01-20');
    expect(late.map((c) => c.level)).toEqual(['danger', 'warning', 'warning']);
    expect(late[0]!.text).toContain('5 days after the special term');
  });
  it('is quiet for a task due in time', () => expect(dueDateConflicts(acme, '2026-12-01')).toEqual([]));
});
