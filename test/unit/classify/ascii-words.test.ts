import { describe, expect, it } from 'vitest';
import { asciiWordCounter } from '@/lib/classify/lang/ascii-words';
import { TABLE } from '@/lib/classify/lang/detect';

/** The counter ascii-words.ts replaced (issue 18): lower-case, slice each word, look it up. */
function reference(table: ReadonlyMap<string, readonly number[]>, maxWords: number, text: string, counts: number[]): void {
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const lower = text.toLowerCase();
  let words = 0;
  for (let i = 0; i < text.length && words < maxWords; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    }
    words++;
    const hit = table.get(lower.slice(start, i));
    if (hit) for (const l of hit) counts[l] = (counts[l] ?? 0) + 1 / hit.length;
  }
}

const LANGS = 16;
function both(table: ReadonlyMap<string, readonly number[]>, maxWords: number, text: string): [number[], number[]] {
  const a = new Array<number>(LANGS).fill(0);
  const b = new Array<number>(LANGS).fill(0);
  asciiWordCounter(table, maxWords)(text, a);
  reference(table, maxWords, text, b);
  return [a, b];
}

/** A deterministic generator of ASCII text made of function words, near-misses, apostrophes and punctuation. */
function generated(seed: number, words: number): string {
  const pool = [...TABLE.keys()].filter((w) => /^[\x20-\x7e]+$/.test(w));
  const extra = ["c'est", "C'EST", "d'ici", "qu'il", "don't", "it's", "'tis", "rock'n'roll", "o'", "'", "''", 'THE', 'Der', 'dE', 'thee', 'th', 'an', 'zz', '42', 'a1b', '-', '.', ',', '\n', '\t'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = x % 3 === 0 ? extra[x % extra.length]! : pool[x % pool.length]!;
    out.push(x % 5 === 0 ? w.toUpperCase() : w);
    out.push(x % 7 === 0 ? '' : x % 11 === 0 ? "'" : ' ');
  }
  return out.join('');
}

describe('ASCII function-word counter (trie, issue 18)', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['English', 'Can you send the SOW to them? Thanks, and please let me know.'],
    ['upper case', 'THE AND TO OF A IN IS YOU'],
    ['French apostrophes', "C'est bon, j'ai vu qu'il n'est pas là d'ici demain."],
    ['apostrophe edges', "don't 'the' the' 'and o'clock it''s qu' 'il"],
    ['German', 'Kannst du bitte die Unterlagen schicken? Danke und viele Grüße'],
    ['Dutch', 'Kun je het graag voor morgen doen? Bedankt en groet'],
    ['digits and letters', 'the2and 3to of4 a_in is-you'],
    ['words beyond the limit', 'the and '.repeat(300)],
    ['long non-words', 'supercalifragilistic '.repeat(20) + 'the'],
  ];
  it.each(cases)('%s: the same counts as the Map lookup', (_, text) => {
    const [a, b] = both(TABLE, 400, text);
    expect(a).toEqual(b);
  });

  it('the same counts, bit for bit, on generated text', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const [a, b] = both(TABLE, 400, generated(seed, 20 + (seed % 450)));
      expect(a.map((n) => n.toString())).toEqual(b.map((n) => n.toString()));
    }
  });

  it('stops after maxWords words', () => {
    const table = new Map<string, number[]>([['go', [0]]]);
    const [a, b] = both(table, 3, 'go go go go go');
    expect(a[0]).toBe(3);
    expect(a).toEqual(b);
  });
});
