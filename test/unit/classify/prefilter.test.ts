import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKS } from '@/lib/classify/lang';
import { literalGate } from '@/lib/classify/patterns/literal-gate';
import { foldForLiterals, requiredBranches, requiredClauses } from '@/lib/classify/patterns/literals';
import { findHits, type Cue } from '@/lib/classify/patterns/match';
import { splitNewestMessage } from '@/lib/classify/newest-message';
import { splitSentences, type Sentence } from '@/lib/classify/sentences';

/**
 * Issue 18: the classifier skips a cue in a sentence that lacks the
 * literals its pattern needs. That must never drop a hit: every hit the
 * pattern finds with no filter, the filtered findHits finds too.
 */
const FIXTURES = join(import.meta.dirname, '../../eval/fixtures');

function fixtureSentences(): Sentence[] {
  const out: Sentence[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { email } = JSON.parse(line) as { email: { subject: string; body: string; from: { name: string } } };
      const parts = splitNewestMessage(email.body, email.from.name);
      out.push(...splitSentences(parts.newest), { start: 0, end: email.subject.length, text: email.subject });
    }
  }
  return out;
}

/** Copies of the patterns, outside the filter's reach. */
const plain = new Map<Cue, RegExp>();

/** The hits with every pattern run, as before the filter. */
function unfiltered(cues: readonly Cue[], s: Sentence) {
  const hits: Array<{ id: string; start: number; end: number; text: string }> = [];
  for (const cue of cues) {
    let re = plain.get(cue);
    if (!re) plain.set(cue, (re = new RegExp(cue.re.source, cue.re.flags)));
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ id: cue.id, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const families = Object.values(PACKS).flatMap((pack) => Object.values(pack).filter((v): v is readonly Cue[] => Array.isArray(v)));

describe('the cue prefilter', () => {
  it('finds every hit of every pack on the labelled mails (every third sentence, each cue family)', () => {
    const sentences = fixtureSentences().filter((_, i) => i % 3 === 0);
    expect(sentences.length).toBeGreaterThan(1000);
    let hits = 0;
    const key = (h: { id: string; start: number; end: number }) => `${h.id}@${h.start}-${h.end}`;
    for (const s of sentences) {
      for (const family of families) {
        const want = unfiltered(family, s);
        hits += want.length;
        const got = findHits(family, s);
        if (got.map(key).join() !== want.map(key).join()) expect(got.map(key), s.text).toEqual(want.map(key));
      }
    }
    expect(hits).toBeGreaterThan(2000);
  }, 120_000);

  it('never drops a hit on text built from the patterns’ own words, in any case', () => {
    const words = [...new Set(families.flat().flatMap((cue) => [...requiredClauses(cue.re).flat(), ...(requiredBranches(cue.re) ?? []).flat(2)]))];
    const word = fc.constantFrom(...words).map((w) => w.replace(/[a-z]/g, (c) => (Math.random() < 0.3 ? c.toUpperCase() : c)));
    const filler = fc.constantFrom(' ', ' you ', ' the ', ', ', '. ', ' can you ', ' we ', ' I ', ' please ', ' by Friday ', '?', ' 3 weeks ');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, filler), { minLength: 1, maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const s: Sentence = { start: 0, end: text.length, text };
        for (const family of families) {
          expect(findHits(family, s).map(({ id, start, end, text: t }) => ({ id, start, end, text: t }))).toEqual(unfiltered(family, s));
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('the literals a pattern needs', () => {
  const needs = (re: RegExp, text: string) =>
    requiredClauses(re).every((clause) => clause.some((literal) => foldForLiterals(text).includes(literal)));

  it('are in every text the pattern matches', () => {
    const cases: Array<[RegExp, string[]]> = [
      [/\b(?:can|could)\s+you\b/i, ['Could you', 'CAN YOU']],
      [/statements?\s+of\s+work/i, ['statement of work', 'STATEMENTS OF WORK']],
      [/(?<=please\s)draft\b/i, ['please draft']],
      [/colou?r/, ['color', 'colour']],
      [/\bkick-?off\b/iu, ['\u212aick-off', 'kickoff']], // K (Kelvin) folds to k under /iu
      [/\bask\b/iu, ['a\u017fk']], // ſ folds to s under /iu
      [/x{2}y|[ab]c/, ['xxy', 'bc']],
      [/\u0041BC|\x41bd/, ['ABC', 'Abd']],
      [/a(?:b|)c/, ['ac', 'abc']],
    ];
    for (const [re, texts] of cases) {
      for (const text of texts) {
        expect(re.test(text), `${re} on ${text}`).toBe(true);
        expect(needs(re, text), `${re} needs ${JSON.stringify(requiredClauses(re))}, not all in "${text}"`).toBe(true);
      }
    }
  });

  it('are one clause per rank of each alternative, and none that is of one letter or follows from another', () => {
    // "can you" or "could we": a match holds "can" or "could", and "you" or "we".
    expect(requiredClauses(/\b(?:can\s+you|could\s+we)\b/i)).toEqual([['can', 'could'], ['you', 'we']]);
    // "r" and "u" are in nearly every sentence: only the words that are not.
    expect(requiredClauses(/\b(?:are|r)\s+(?:you|u)\s+(?:free|around)\b/i)).toEqual([['free', 'around']]);
    // "ed" or "ing" is in "worked" or "working": it adds nothing.
    expect(requiredClauses(/\bwork(?:ed|ing)\s+on\b/i)).toEqual([['worked', 'working'], ['on']]);
  });

  it('are read branch by branch: a match of P(?:A|B)S is a match of PAS or of PBS', () => {
    expect(requiredBranches(/\b(?:join|hop\s+on|be\s+there)\b/i)).toEqual([[['join']], [['hop'], ['on']], [['there'], ['be']]]);
    // A lookaround's alternatives, a repeated group and back references are not spelt out.
    expect(requiredBranches(/(?=x|y)abc/)).toEqual([[['abc']]]);
    expect(requiredBranches(/(ab|cd)\1/)).toEqual([[['ab', 'cd']]]);
    // A branch that needs nothing: the pattern always runs.
    expect(requiredBranches(/\bsend\b|\w+/)).toBeNull();
  });

  it('are none for what the reader does not know (the pattern is then always run)', () => {
    for (const re of [/[\p{L}]+/u, /.+/, /\w{3}/, /(?:)/, /a*/, /(?=abc)/, /[^x]yz?/]) {
      expect(requiredClauses(re).every((c) => c.every((l) => l.length > 0))).toBe(true);
    }
    expect(requiredClauses(/[\p{L}]+/u)).toEqual([]);
    expect(requiredClauses(/(?=abc)/)).toEqual([]);
  });

  it('make a gate that only lets through lines one of the patterns could match', () => {
    const patterns = [/^\s*-{2,}\s*Forwarded\s+by\s/i, /\bexternal\s+(?:sender|email)\b/i];
    const gate = literalGate(patterns)!;
    for (const line of ['---- Forwarded by Dana/NW on 01/02', 'External sender: take care', 'EXTERNAL EMAIL']) expect(gate.test(line)).toBe(true);
    expect(gate.test('Can you send the SOW?')).toBe(false);
    expect(literalGate([/\w+/])).toBeNull();
  });
});
