import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isDay, localDay } from '@/lib/dates';

describe('daysBetween', () => {
  it.each([
    ['2026-11-21', '2026-11-21', 0],
    ['2026-11-21', '2026-11-22', 1],
    ['2026-11-22', '2026-11-21', -1],
    ['2026-12-31', '2027-01-01', 1],
    ['2024-02-28', '2024-03-01', 2], // leap year
    ['2026-02-28', '2026-03-01', 1],
    // Daylight-saving changes (Europe and US) do not shorten or lengthen a day.
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-03-07', '2026-03-09', 2],
    ['2026-11-01', '2026-11-02', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['0050-01-01', '0050-01-02', 1],
  ])('from %s to %s is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-5', '15/01/2027', '', '2026-11-21T00:00:00Z'])(
    'rejects %j',
    (bad) => {
      expect(() => daysBetween(bad, '2026-11-21')).toThrow(RangeError);
      expect(() => daysBetween('2026-11-21', bad)).toThrow(RangeError);
      expect(isDay(bad)).toBe(false);
      expect(dayNumber(bad)).toBeNull();
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2026-11-21', 0, '2026-11-21'],
    ['2026-11-21', 14, '2026-12-05'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s + %i is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });
});

describe('localDay', () => {
  it('takes the local calendar day of an instant', () => {
    expect(localDay(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
    expect(localDay(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});
