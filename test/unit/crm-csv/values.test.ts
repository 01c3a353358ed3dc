import { describe, expect, it } from 'vitest';
import { readAmount, readCurrency, readDate, readDomains, readPerson } from '@/lib/crm-csv/values';

describe('readAmount', () => {
  it.each([
    ['180000', 180000, null],
    ['180,000.00', 180000, null],
    ['$180,000', 180000, 'USD'],
    ['$ 180,000.50', 180000.5, 'USD'],
    ['USD 180,000.00', 180000, 'USD'],
    ['180000 EUR', 180000, 'EUR'],
    ['€1.234,56', 1234.56, 'EUR'],
    ['1234,5', 1234.5, null],
    ['1,234', 1234, null],
    ['£12', 12, 'GBP'],
    ['0', 0, null],
    ['  42.5 ', 42.5, null],
    ['1\u00a0234', 1234, null],
  ])('%s → %d %s', (cell, amount, currency) => {
    expect(readAmount(cell)).toEqual({ ok: true, value: { amount, currency } });
  });

  it('an empty cell is no value', () => {
    expect(readAmount('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12,34,5', '1.2.3', '-5', '(1,000)', '1,2345', '$'])('refuses %s', (cell) => {
    expect(readAmount(cell).ok).toBe(false);
  });
});

describe('readCurrency', () => {
  it.each([
    ['USD', 'USD'],
    ['eur', 'EUR'],
    ['', null],
    ['$', 'USD'],
  ])('%s → %s', (cell, v) => expect(readCurrency(cell)).toEqual({ ok: true, value: v }));
  it.each(['dollars', 'US', 'U$D'])('refuses %s', (cell) => expect(readCurrency(cell).ok).toBe(false));
});

describe('readDate', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026-11-20 14:32', '2026-11-20'],
    ['2026-11-20T14:32:00Z', '2026-11-20'],
    ['11/20/2026', '2026-11-20'],
    ['1/5/2027', '2027-01-05'],
    ['02/29/2028', '2028-02-29'],
    ['11/20/2026 2:30 PM', '2026-11-20'],
  ])('%s → %s', (cell, iso) => expect(readDate(cell)).toEqual({ ok: true, value: iso }));

  it('an empty cell is no date', () => expect(readDate('')).toEqual({ ok: true, value: null }));

  it.each([
    ['DD/MM/YYYY', '20/11/2026'],
    ['month 13', '13/01/2026'],
    ['February 30', '02/30/2026'],
    ['not a leap year', '2027-02-29'],
    ['month name', 'Nov 20, 2026'],
    ['two-digit year', '11/20/26'],
    ['dotted', '20.11.2026'],
    ['ISO month 00', '2026-00-10'],
  ])('refuses %s (%s)', (_name, cell) => expect(readDate(cell)).toEqual({ ok: false, reason: 'bad date' }));
});

describe('readDomains', () => {
  it.each([
    ['acme.com', ['acme.com'], []],
    ['https://www.Acme.com/about?x=1', ['acme.com'], []],
    ['acme.com; acme.io, acme.com', ['acme.com', 'acme.io'], []],
    ['', [], []],
    ['not a domain', [], ['not', 'a', 'domain']],
    ['acme.com localhost', ['acme.com'], ['localhost']],
  ])('%s', (cell, domains, rejected) => expect(readDomains(cell)).toEqual({ domains, rejected }));
});

describe('readPerson', () => {
  it.each([
    ['Dana Ruiz', { name: 'Dana Ruiz', email: null }],
    ['Dana Ruiz <dana@northwind.io>', { name: 'Dana Ruiz', email: 'dana@northwind.io' }],
    ['Dana Ruiz (dana@northwind.io)', { name: 'Dana Ruiz', email: 'dana@northwind.io' }],
    ['dana@northwind.io', { name: '', email: 'dana@northwind.io' }],
    ['', { name: '', email: null }],
  ])('%s', (cell, person) => expect(readPerson(cell)).toEqual(person));
});
