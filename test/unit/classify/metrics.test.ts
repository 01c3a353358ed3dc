import { describe, expect, it } from 'vitest';
import { computeMetrics } from '@/lib/classify';

const LABELS = ['a', 'b', 'c'] as const;
type L = (typeof LABELS)[number];
const pair = (gold: L, predicted: L) => ({ gold, predicted });

describe('computeMetrics', () => {
  it('computes precision, recall, F1, support, accuracy and the confusion matrix', () => {
    const m = computeMetrics(LABELS, [
      pair('a', 'a'), pair('a', 'a'), pair('a', 'b'),
      pair('b', 'b'), pair('b', 'a'),
      pair('c', 'c'),
    ]);
    expect(m.n).toBe(6);
    expect(m.accuracy).toBeCloseTo(4 / 6, 4);
    expect(m.labels.a).toEqual({ precision: 0.6667, recall: 0.6667, f1: 0.6667, support: 3 });
    expect(m.labels.b).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.labels.c).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(m.macroF1).toBeCloseTo((0.6667 + 0.5 + 1) / 3, 3);
    expect(m.confusion).toEqual({ a: { a: 2, b: 1, c: 0 }, b: { a: 1, b: 1, c: 0 }, c: { a: 0, b: 0, c: 1 } });
  });

  it('gives 0 instead of NaN for labels never predicted or never present', () => {
    const m = computeMetrics(LABELS, [pair('a', 'a'), pair('b', 'a')]);
    expect(m.labels.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(m.labels.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(m.labels.a.precision).toBe(0.5);
    expect(m.labels.a.recall).toBe(1);
  });

  it('handles an empty list', () => {
    const m = computeMetrics(LABELS, []);
    expect(m).toMatchObject({ n: 0, accuracy: 0, macroF1: 0 });
  });

  it('rejects labels outside the list', () => {
    expect(() => computeMetrics(LABELS, [{ gold: 'a', predicted: 'z' as L }])).toThrow(/z/);
  });
});
