import { describe, expect, it } from 'vitest';
import { nextRowId, slugify, uniqueSlug } from '@/lib/options/slug';

describe('slugify', () => {
  it('makes a readable id from a deal name', () => {
    expect(slugify('Acme data platform rollout')).toBe('acme-data-platform-rollout');
    expect(slugify('  Müller & Söhne — Phase 2!  ')).toBe('muller-and-sohne-phase-2');
    expect(slugify('***')).toBe('');
  });

  it('cuts long names at a word boundary', () => {
    const s = slugify('a very long deal name that goes on and on and on and never seems to stop at all', 40);
    expect(s.length).toBeLessThanOrEqual(40);
    expect(s.endsWith('-')).toBe(false);
    expect('a very long deal name that goes on and on'.replace(/ /g, '-').startsWith(s)).toBe(true);
  });

  it('avoids taken ids', () => {
    expect(uniqueSlug('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
    expect(uniqueSlug('acme', new Set())).toBe('acme');
    expect(uniqueSlug('', new Set([''])) ).toBe('');
  });

  it('numbers new rows past the ones in use', () => {
    expect(nextRowId('t', ['t1', 't3'])).toBe('t2');
    expect(nextRowId('d', [])).toBe('d1');
  });
});
