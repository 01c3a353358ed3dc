import { describe, expect, it, vi } from 'vitest';
import type { RequestStatus, SalesRequest } from '@/lib/model';
import { countOpen, loadRecent, openCountText, RECENT_LIMIT } from '@/lib/popup/recent';
import { personByEmail, personByName, rosterOrder } from '@/lib/popup/roster';

const req = (i: number, status: RequestStatus): SalesRequest => ({
  id: `r${i}`,
  loggedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
  from: { name: 'Dana', email: 'dana@x.io' },
  dealId: null,
  label: 'pre-contract-work',
  summary: `request ${i}`,
  source: { kind: 'manual', url: null },
  status,
  note: '',
});
const many = (n: number, status: (i: number) => RequestStatus) => Array.from({ length: n }, (_, i) => req(i, status(i)));

describe('openCountText', () => {
  it.each([
    [0, 'No open requests'],
    [1, '1 open request'],
    [2, '2 open requests'],
    [120, '120 open requests'],
  ])('%i → %s', (n, text) => {
    expect(openCountText(n)).toBe(text);
  });
});

describe('loadRecent', () => {
  it.each<[string, SalesRequest[], SalesRequest[] | null, number]>([
    ['no requests', [], null, 0],
    ['fewer than the limit: counted from the list', many(5, (i) => (i % 2 ? 'open' : 'done')), null, 2],
    ['a full list: the open ones are counted on their own', many(RECENT_LIMIT, () => 'done'), many(37, () => 'open'), 37],
  ])('%s', async (_, recent, open, count) => {
    const list = vi.fn(async (q: { limit?: number; status?: 'open' }) => (q.status === 'open' ? open! : recent));
    const result = await loadRecent(list);
    expect(result).toEqual({ requests: recent, openCount: count });
    expect(list).toHaveBeenCalledWith({ limit: RECENT_LIMIT });
    expect(list).toHaveBeenCalledTimes(open ? 2 : 1);
  });

  it('countOpen counts the open status only', () => {
    expect(countOpen([req(1, 'open'), req(2, 'accepted'), req(3, 'redirected'), req(4, 'open')])).toBe(2);
  });
});

describe('roster', () => {
  const people = [
    { email: 'sam@n.io', name: 'Sam Lee', role: 'pm' as const },
    { email: 'zoe@n.io', name: 'Zoe Park', role: 'sales' as const },
    { email: 'ana@n.io', name: 'Ana Diaz', role: 'sales' as const },
    { email: 'cy@n.io', name: 'Cy', role: 'exec' as const },
    { email: 'o1@n.io', name: 'Alex Kim', role: 'other' as const },
    { email: 'o2@n.io', name: 'Alex Kim', role: 'other' as const },
  ];

  it('puts Sales first, each group by name', () => {
    expect(rosterOrder(people).map((p) => p.email)).toEqual(['ana@n.io', 'zoe@n.io', 'cy@n.io', 'sam@n.io', 'o1@n.io', 'o2@n.io']);
  });

  it.each([
    ['ZOE@N.IO ', 'Zoe Park'],
    ['nobody@n.io', null],
    ['', null],
  ])('personByEmail(%s)', (email, name) => {
    expect(personByEmail(people, email)?.name ?? null).toBe(name);
  });

  it.each([
    ['zoe park', 'zoe@n.io'],
    ['Alex Kim', null],
    ['Nobody', null],
  ])('personByName(%s)', (name, email) => {
    expect(personByName(people, name)?.email ?? null).toBe(email);
  });
});
