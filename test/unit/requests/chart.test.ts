import { describe, expect, it } from 'vitest';
import { barSegments, repLabelCounts } from '@/lib/requests/chart';
import { salesPeople as people, makeRequest as req } from '../../support/factories';

const marco = { name: 'Marco', email: 'marco.bianchi@northwind.io' };

describe('repLabelCounts', () => {
  it('counts per rep and label, the busiest rep first, e-mails merged case-insensitively', () => {
    const data = repLabelCounts(
      [
        req({ from: marco, label: 'estimate-request' }),
        req({ label: 'pre-contract-work' }),
        req({ from: { name: 'Dana', email: 'DANA.RUIZ@northwind.io' }, label: 'pre-contract-work' }),
        req({ label: 'status-request' }),
      ],
      people,
    );
    expect(data.total).toBe(4);
    expect(data.max).toBe(3);
    expect(data.rows.map((r) => [r.key, r.name, r.total])).toEqual([
      ['dana.ruiz@northwind.io', 'Dana Ruiz', 3],
      ['marco.bianchi@northwind.io', 'Marco Bianchi', 1],
    ]);
    expect(data.rows[0]!.counts).toEqual({
      'pre-contract-work': 2,
      'promise-without-check': 0,
      'estimate-request': 0,
      'status-request': 1,
      none: 0,
    });
  });

  it('ties are broken by name; nothing gives an empty chart', () => {
    const data = repLabelCounts([req({ from: { name: 'Zed', email: 'z@n.io' } }), req({ from: { name: 'Amy', email: 'a@n.io' } })]);
    expect(data.rows.map((r) => r.name)).toEqual(['Amy', 'Zed']);
    expect(repLabelCounts([])).toMatchObject({ rows: [], max: 0, total: 0 });
  });
});

describe('barSegments', () => {
  it('lays non-empty labels end to end, scaled against the largest total', () => {
    const data = repLabelCounts([req({ label: 'pre-contract-work' }), req({ label: 'none' }), req({ from: marco, label: 'none' })]);
    const dana = data.rows[0]!;
    expect(barSegments(dana, data.labels, 4)).toEqual([
      { label: 'pre-contract-work', count: 1, x: 0, width: 0.25 },
      { label: 'none', count: 1, x: 0.25, width: 0.25 },
    ]);
    expect(barSegments(dana, data.labels, 0)).toEqual([]);
  });
});
