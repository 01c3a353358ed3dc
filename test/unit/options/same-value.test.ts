import { describe, expect, it } from 'vitest';
import { sameValue } from '@/lib/options/same-value';

const big = 'x'.repeat(1 << 20);

describe('sameValue', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal strings', 'Acme', 'Acme', true],
    ['different strings', 'Acme', 'Acme ', false],
    ['a 1 MB string and itself', big, big, true],
    ['a 1 MB string and an equal copy', big, `${big.slice(0, -1)}x`, true],
    ['a 1 MB string and one a character longer', big, `${big}y`, false],
    ['a 1 MB string and one with its last character changed', big, `${big.slice(0, -1)}y`, false],
    ['numbers', 45, 45, true],
    ['a number and its text', 45, '45', false],
    ['null and undefined', null, undefined, false],
    ['null and an empty object', null, {}, false],
    ['false and 0', false, 0, false],
    ['objects, keys in another order', { a: 1, b: { c: 'x', d: [1] } }, { b: { d: [1], c: 'x' }, a: 1 }, true],
    ['objects, one value differs deep down', { a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'y' } }, false],
    ['objects, a key only on one side', { a: 1 }, { a: 1, b: 2 }, false],
    ['objects, a key set to undefined counts as absent', { a: 1, b: undefined }, { a: 1 }, true],
    ['objects, the same count of keys but different ones', { a: 1, b: undefined }, { a: 1, c: undefined }, true],
    ['objects, same size, different keys', { a: 1 }, { b: 1 }, false],
    ['arrays, same items', [1, 'a', { k: null }], [1, 'a', { k: null }], true],
    ['arrays, other order', [1, 2], [2, 1], false],
    ['arrays, other length', [1], [1, 1], false],
    ['an array and an object with its indexes', [1], { 0: 1 }, false],
    ['an empty array and an empty object', [], {}, false],
  ])('%s', (_name, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
    expect(sameValue(b, a)).toBe(same);
  });
});
