import { describe, expect, it } from 'vitest';
import { jsonProblem } from '@/lib/messaging/json-data';

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;

describe('messages hold JSON data only, whichever way they came (issue 18)', () => {
  it.each([
    [{ text: 'x'.repeat(1000), n: 1.5, ok: true, none: null, list: [1, 'a', { b: [] }] }, null],
    [{ skipped: undefined }, null],
    [{ deal: { extra: 10n } }, 'payload.deal.extra is a bigint, which JSON cannot carry'],
    [{ at: new Date(0) }, 'payload.at is not plain data'],
    [{ m: new Map() }, 'payload.m is not plain data'],
    [{ list: [1, undefined] }, 'payload.list[1] is undefined'],
    [{ n: Number.NaN }, 'payload.n is not a finite number'],
    [{ f: () => 1 }, 'payload.f is a function, which JSON cannot carry'],
    [{ s: Symbol('x') }, 'payload.s is a symbol, which JSON cannot carry'],
  ])('%#', (payload, problem) => expect(jsonProblem(payload)).toBe(problem));

  it('ends a cycle (structured clone copies one) at the depth limit', () => {
    expect(jsonProblem(cyclic)).toMatch(/^payload(\.self)+(\.a)? is nested too deeply$/);
  });
});
