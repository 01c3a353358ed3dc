import { describe, expect, it } from 'vitest';
import { deliverableDaysLeft, deliverableStatus, termStatus } from '@/lib/deal';
import type { Deliverable, SpecialTerm } from '@/lib/model';

const TODAY = '2026-11-21';

const term = (dueOn: string | null, remindDaysBefore?: number): SpecialTerm => ({
  id: 't',
  text: 'A term',
  dueOn,
  ...(remindDaysBefore === undefined ? {} : { remindDaysBefore }),
});

describe('termStatus', () => {
  it.each([
    ['no due day', term(null), 14, null, 'none'],
    ['no due day, whatever the reminder', term(null, 3), 14, null, 'none'],
    ['far ahead', term('2027-01-15'), 14, 55, 'ok'],
    ['one day before the default window', term('2026-12-06'), 14, 15, 'ok'],
    ['first day of the default window (inclusive)', term('2026-12-05'), 14, 14, 'warning'],
    ['inside the window', term('2026-11-24'), 14, 3, 'warning'],
    ['due today', term('2026-11-21'), 14, 0, 'warning'],
    ['one day past', term('2026-11-20'), 14, -1, 'danger'],
    ['long past', term('2026-01-01'), 14, -324, 'danger'],
    ['its own window wins over the default', term('2026-12-01', 30), 3, 10, 'warning'],
    ['its own short window', term('2026-12-01', 5), 14, 10, 'ok'],
    ['a zero window warns only on the day', term('2026-11-22', 0), 14, 1, 'ok'],
    ['a zero window, due today', term('2026-11-21', 0), 14, 0, 'warning'],
    ['a zero default', term('2026-11-22'), 0, 1, 'ok'],
  ])('%s', (_what, t, defaultRemind, daysLeft, level) => {
    expect(termStatus(t, TODAY, defaultRemind)).toEqual({ daysLeft, level });
  });
});

const deliverable = (patch: Partial<Deliverable>): Deliverable => ({
  id: 'd',
  name: 'Pilot dashboard',
  promisedOn: '2026-12-10',
  promisedBy: 'dana.ruiz@northwind.io',
  pmConfirmed: false,
  ...patch,
});

const isSales = (email: string) => email.toLowerCase() === 'dana.ruiz@northwind.io';

describe('deliverableStatus', () => {
  it.each([
    ['promised, not confirmed', {}, undefined, 'warning'],
    ['promised, confirmed', { pmConfirmed: true }, undefined, 'ok'],
    ['promised for today, not confirmed', { promisedOn: TODAY }, undefined, 'warning'],
    ['promised day past, not confirmed', { promisedOn: '2026-11-20' }, undefined, 'danger'],
    ['promised day past, confirmed', { promisedOn: '2026-11-01', pmConfirmed: true }, undefined, 'ok'],
    ['promised by someone, no day', { promisedOn: null }, undefined, 'warning'],
    ['a day, nobody named', { promisedBy: null }, undefined, 'warning'],
    ['a past day, nobody named', { promisedBy: null, promisedOn: '2026-11-01' }, undefined, 'danger'],
    ['nothing promised', { promisedBy: null, promisedOn: null }, undefined, 'none'],
    ['nothing promised, confirmed', { promisedBy: null, promisedOn: null, pmConfirmed: true }, undefined, 'ok'],
    ['promised by Sales', {}, isSales, 'warning'],
    ['promised by Sales, address in capitals', { promisedBy: 'Dana.Ruiz@Northwind.io' }, isSales, 'warning'],
    ['promised by the PM', { promisedBy: 'sam.lee@northwind.io' }, isSales, 'ok'],
    ['promised by the PM, day past', { promisedBy: 'sam.lee@northwind.io', promisedOn: '2026-11-01' }, isSales, 'danger'],
  ] as const)('%s', (_what, patch, sales, level) => {
    expect(deliverableStatus(deliverable(patch), TODAY, sales)).toBe(level);
  });

  it.each([
    ['2026-12-10', 19],
    ['2026-11-21', 0],
    ['2026-11-19', -2],
    [null, null],
  ])('days left to %s is %s', (promisedOn, days) => {
    expect(deliverableDaysLeft({ promisedOn }, TODAY)).toBe(days);
  });
});
