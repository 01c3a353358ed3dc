import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealSchema } from '@/lib/model';
import { fastDeal } from '@/lib/model/fast-deal';
import { dealArb, dayArb, emailArb, instantArb } from '../../support/arbitraries';
import { benchDeal } from '../../bench/generate';

/** Same keys in the same order, the same leaves (`Object.is`: -0 is not 0), all the way down. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Values a field may be set to: good ones, near misses, wrong types. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, '', ' ', '  x  ', 0, -0, 1.5, -1, 366, 3650, 3651, 2 ** 53, NaN, Infinity, true, [], {}, 'USD', 'usd', 'US', 'EUR1'),
  fc.constantFrom('prospect', 'signed', 'nope', 'milestone', 'left', 'active', 'https://acme.atlassian.net', 'http://acme.atlassian.net', 'https://x', 'OPS-17', 'ops-17', 'NW', 'N'),
  fc.constantFrom('2026-02-29', '2028-02-29', '2026-13-01', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00.123+02:00', '2026-01-01T10:00:00', '2026-1-1'),
  fc.constantFrom('a@b.co', 'a@b', 'a b@c.com', 'acme.com', 'ACME.COM', '-acme.com', 'a'.repeat(64) + '.com', '18c2f0a9b3d4e5f6', 'thread-a:r-123', '123', '1'.repeat(33)),
  dayArb, instantArb, emailArb, fc.string({ maxLength: 8 }), fc.integer(), fc.double(),
);

/** A path to a field of a deal, and a way to set it on a copy. */
const PATHS = [
  ['id'], ['name'], ['account'], ['stage'], ['signedOn'], ['owner'], ['owner', 'name'], ['owner', 'email'], ['value'], ['value', 'amount'], ['value', 'currency'],
  ['billing'], ['billing', 'model'], ['billing', 'paymentTermsDays'], ['billing', 'notes'], ['specialTerms'], ['specialTerms', 0], ['specialTerms', 0, 'id'],
  ['specialTerms', 0, 'text'], ['specialTerms', 0, 'dueOn'], ['specialTerms', 0, 'remindDaysBefore'], ['deliverables', 0, 'promisedBy'], ['deliverables', 0, 'pmConfirmed'],
  ['deliverables', 0, 'promisedOn'], ['stakeholders', 0, 'email'], ['stakeholders', 0, 'status'], ['links'], ['links', 'domains', 0], ['links', 'gmailThreads', 0],
  ['links', 'jira', 0, 'site'], ['links', 'jira', 0, 'key'], ['links', 'asana', 0], ['notes'], ['updatedAt'], ['extra'], ['links', 'extra'], ['specialTerms', 0, 'extra'],
] as const;

function setAt(deal: unknown, path: readonly (string | number)[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(deal) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) return copy;
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (remove) delete at[last];
  else at[last] = value;
  return copy;
}

const withRows = (d: ReturnType<typeof benchDeal>) => ({ ...d, stakeholders: [...d.stakeholders, { name: 'x', email: null, role: '', status: 'left' }] });

describe('fastDeal (issue 18)', () => {
  it('gives what zod gives for a valid deal, to the key order', () => {
    fc.assert(
      fc.property(dealArb(), (d) => {
        const zod = dealSchema.safeParse(d);
        const fast = fastDeal(d);
        expect(zod.success).toBe(true);
        expect(fast).not.toBeNull();
        expect(same(fast, zod.data)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const bench = withRows(benchDeal(7));
    expect(same(fastDeal(bench), dealSchema.parse(bench))).toBe(true);
  });

  it('never says yes where zod says no, and agrees on the value when both say yes (fields set to odd values or removed)', () => {
    let yes = 0;
    fc.assert(
      fc.property(fc.oneof(dealArb(), fc.constant(withRows(benchDeal(3)))), fc.array(fc.tuple(fc.constantFrom(...PATHS), oddValue, fc.boolean()), { minLength: 1, maxLength: 3 }), (d, edits) => {
        let raw: unknown = d;
        for (const [path, value, remove] of edits) raw = setAt(raw, path, value, remove);
        const fast = fastDeal(raw);
        if (fast === null) return;
        yes++;
        const zod = dealSchema.safeParse(raw);
        expect(zod.success, JSON.stringify(edits)).toBe(true);
        expect(same(fast, zod.data), JSON.stringify(edits)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Enough edited deals were still read fast for the comparison to mean something.
    expect(yes).toBeGreaterThan(200);
  });

  it('leaves to zod what it does not read as zod would: an own __proto__ key, a prototype, deep nesting', () => {
    const d = benchDeal(1);
    expect(fastDeal(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(d).slice(1)}`))).toBeNull();
    expect(fastDeal(Object.assign(Object.create({ inherited: 1 }), d))).toBeNull();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 30; i++) deep = { deep };
    expect(fastDeal({ ...d, extra: deep })).toBeNull();
    expect(dealSchema.safeParse({ ...d, extra: deep }).success).toBe(false);
  });
});
