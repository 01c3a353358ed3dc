import { describe, expect, it } from 'vitest';
import { clip, oneLine } from '@/lib/text';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['exactly10!', 10, 'exactly10!'],
  ])('%j cut hard to %i is %j', (text, max, out) => {
    expect(clip(text, max)).toBe(out);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it.each([
    ['Phase 1 must be live by 2027-01-15', 20, 'Phase 1 must be…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
    ['Draft the SOW, then the quote', 16, 'Draft the SOW…'],
  ])('%j cut at a word to %i is %j', (text, max, out) => {
    expect(clip(text, max, { atWord: true })).toBe(out);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('never splits a surrogate pair', () => {
    expect(clip('abcd😀efgh', 6)).toBe('abcd…');
    expect(clip('abcd😀efgh', 6, { atWord: true })).toBe('abcd…');
  });
});

describe('oneLine', () => {
  it('folds white space and line breaks', () => {
    expect(oneLine('  spaces   inside\n')).toBe('spaces inside');
    expect(clip(oneLine('  spaces   inside\n'), 20, { atWord: true })).toBe('spaces inside');
  });
});
