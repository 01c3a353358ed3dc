import { describe, expect, it } from 'vitest';
import {
  dealName,
  dealOptions,
  filterRequests,
  hasFilters,
  isBackwardRange,
  NO_DEAL,
  NO_FILTERS,
  senderOptions,
  type RequestFilters,
} from '@/lib/requests/filters';
import { blankDeal as deal, salesPeople as people, makeRequest as req, utcDay } from '../../support/factories';

const dana = req({ id: 'a', loggedAt: '2026-11-10T09:00:00.000Z' });
const danaUpper = req({ id: 'b', from: { name: 'D. Ruiz', email: 'DANA.RUIZ@northwind.io' }, label: 'estimate-request', status: 'done', loggedAt: '2026-11-15T09:00:00.000Z' });
const marco = req({ id: 'c', from: { name: 'Marco', email: 'marco.bianchi@northwind.io' }, dealId: 'initech', label: 'status-request', loggedAt: '2026-11-20T23:30:00.000Z' });
const loose = req({ id: 'd', from: { name: '', email: 'x@y.com' }, dealId: null, label: 'none', status: 'declined', loggedAt: '2026-11-21T00:10:00.000Z' });
const all = [dana, danaUpper, marco, loose];

const f = (over: Partial<RequestFilters>): RequestFilters => ({ ...NO_FILTERS, ...over });
const ids = (over: Partial<RequestFilters>) => filterRequests(all, f(over), utcDay).map((r) => r.id);

describe('filterRequests', () => {
  it.each<[string, Partial<RequestFilters>, string[]]>([
    ['no filters: everything, in order', {}, ['a', 'b', 'c', 'd']],
    ['sender, case-insensitive', { sender: 'Dana.Ruiz@Northwind.io' }, ['a', 'b']],
    ['deal', { dealId: 'initech' }, ['c']],
    ['no deal', { dealId: NO_DEAL }, ['d']],
    ['label', { label: 'estimate-request' }, ['b']],
    ['status', { status: 'open' }, ['a', 'c']],
    ['from (inclusive)', { from: '2026-11-15' }, ['b', 'c', 'd']],
    ['to (inclusive)', { to: '2026-11-15' }, ['a', 'b']],
    ['range of one day', { from: '2026-11-20', to: '2026-11-20' }, ['c']],
    ['sender + status', { sender: 'dana.ruiz@northwind.io', status: 'open' }, ['a']],
    ['sender + label + range', { sender: 'dana.ruiz@northwind.io', label: 'estimate-request', from: '2026-11-01', to: '2026-11-30' }, ['b']],
    ['deal + status that do not meet', { dealId: 'initech', status: 'done' }, []],
    ['backward range', { from: '2026-11-20', to: '2026-11-10' }, []],
  ])('%s', (_name, over, expected) => {
    expect(ids(over)).toEqual(expected);
  });

  it('compares days in the zone the caller gives', () => {
    // 23:30 UTC on the 20th is already the 21st one hour east.
    const plusOne = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString().slice(0, 10);
    expect(filterRequests(all, f({ from: '2026-11-21' }), plusOne).map((r) => r.id)).toEqual(['c', 'd']);
  });

  it('hasFilters and isBackwardRange', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(f({ label: 'none' }))).toBe(true);
    expect(isBackwardRange({ from: '2026-11-20', to: '2026-11-10' })).toBe(true);
    expect(isBackwardRange({ from: '2026-11-10', to: '2026-11-10' })).toBe(false);
    expect(isBackwardRange({ from: '', to: '2026-11-10' })).toBe(false);
  });
});

describe('options', () => {
  it('lists each sender once, named from the roster, e-mails compared case-insensitively', () => {
    expect(senderOptions(all, people)).toEqual([
      { value: 'dana.ruiz@northwind.io', label: 'Dana Ruiz (dana.ruiz@northwind.io)' },
      { value: 'marco.bianchi@northwind.io', label: 'Marco Bianchi (marco.bianchi@northwind.io)' },
      { value: 'x@y.com', label: 'x@y.com' },
    ]);
  });

  it('names a sender from the request when the roster does not know them', () => {
    expect(senderOptions([marco], [])).toEqual([{ value: 'marco.bianchi@northwind.io', label: 'Marco (marco.bianchi@northwind.io)' }]);
  });

  it('lists the deals requests point at by name, a deleted one by id, and "No deal"', () => {
    const deals = [deal('acme-platform', { name: 'Acme data platform rollout' }), deal('unused', { name: 'Unused' })];
    expect(dealOptions(all, deals)).toEqual([
      { value: 'acme-platform', label: 'Acme data platform rollout' },
      { value: 'initech', label: 'initech' },
      { value: NO_DEAL, label: 'No deal' },
    ]);
    expect(dealName(null, deals)).toBe('');
  });
});
