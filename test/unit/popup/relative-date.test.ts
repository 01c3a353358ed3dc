import { describe, expect, it } from 'vitest';
import { relativeDate, shortDate } from '@/lib/popup/relative-date';

// Midday, so the local calendar day is the same in every time zone within ±11 h.
const now = new Date('2026-11-21T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('relativeDate', () => {
  it.each([
    ['now', ago(0), 'just now'],
    ['59 s ago', ago(59_000), 'just now'],
    ['30 s in the future (clock skew)', ago(-30_000), 'just now'],
    ['1 min ago', ago(MIN), '1 min ago'],
    ['59 min ago', ago(59 * MIN + 59_000), '59 min ago'],
    ['1 h ago', ago(H), '1 h ago'],
    ['23 h ago', ago(23 * H + 59 * MIN), '23 h ago'],
    ['24 h ago', ago(D), 'yesterday'],
    ['47 h ago', ago(2 * D - MIN), 'yesterday'],
    ['2 days ago', ago(2 * D), '2 days ago'],
    ['6 days ago', ago(6 * D + 11 * H), '6 days ago'],
    ['7 days ago', ago(7 * D), '14 Nov'],
    ['last year', '2025-11-19T12:00:00.000Z', '19 Nov 2025'],
    ['far in the future', '2026-12-25T12:00:00.000Z', '25 Dec'],
    ['not a date', 'soon', ''],
  ])('%s', (_, iso, expected) => {
    expect(relativeDate(iso, now)).toBe(expected);
  });
});

describe('shortDate', () => {
  it.each([
    [new Date(2026, 0, 5, 12), '5 Jan'],
    [new Date(2024, 1, 29, 12), '29 Feb 2024'],
  ])('%s', (date, expected) => {
    expect(shortDate(date, new Date(2026, 5, 1))).toBe(expected);
  });
});
