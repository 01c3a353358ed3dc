import type { CueId, HitId } from '../ids';
import type { Sentence } from '../sentences';
import { familyFilter, masksOf, phraseMayMatch } from './prefilter';

/** A named language pattern. `re` must be global and linear-time. */
export interface Cue<Id extends CueId = CueId> {
  /** What the pattern finds, for code; `reason` is for people and may be reworded. */
  id: Id;
  re: RegExp;
  /** Short, human-readable reason shown with the evidence span. */
  reason: string;
}

/** One hit of a cue, with offsets into the newest message. */
export interface Hit {
  id: HitId;
  start: number;
  end: number;
  text: string;
  reason: string;
}

/** Whitespace runs, for splitting text into words. */
export const WHITESPACE = /\s+/;

/** All hits of the given cues inside one sentence. */
export function findHits(cues: readonly Cue[], s: Sentence): Hit[] {
  return findHitsIn(cues, s, s);
}

/**
 * `findHits` on `s`, whose text is part of `whole`'s. The cues tried are those that may match
 * `whole`: a part holds no literal the whole lacks, and the whole's masks are already known
 * (issue 18: reading the part's own made a second pass of the filter over it).
 */
export function findHitsIn(cues: readonly Cue[], s: Sentence, whole: Sentence): Hit[] {
  const hits: Hit[] = [];
  const family = familyFilter(cues);
  if (!family) {
    for (const cue of cues) hitsOf(cue, s, hits);
  } else {
    // Only the cues whose literals are in the sentence can match it (prefilter.ts), in the family's order.
    const masks = masksOf(family.filter, whole);
    for (let w = 0; w < family.words; w++) {
      for (let mask = masks[family.word + w]!; mask !== 0; ) {
        const low = mask & -mask;
        mask ^= low;
        hitsOf(cues[(w << 5) + 31 - Math.clz32(low)]!, s, hits);
      }
    }
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

function hitsOf(cue: Cue, s: Sentence, hits: Hit[]): void {
  cue.re.lastIndex = 0;
  for (let m = cue.re.exec(s.text); m !== null; m = cue.re.exec(s.text)) {
    if (m[0].length === 0) {
      cue.re.lastIndex++;
      continue;
    }
    hits.push({ id: cue.id, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], reason: cue.reason });
  }
}

/** `re.test(s.text)` for a pack's phrase, skipped when a literal it needs is not in the sentence (prefilter.ts). */
export function testIn(re: RegExp, s: Sentence): boolean {
  return phraseMayMatch(re, s) && re.test(s.text);
}

/** `re.exec(s.text)` for a pack's phrase, likewise. */
export function execIn(re: RegExp, s: Sentence): RegExpExecArray | null {
  return phraseMayMatch(re, s) ? re.exec(s.text) : null;
}

export function firstHit(cues: readonly Cue[], s: Sentence): Hit | undefined {
  return findHits(cues, s)[0];
}

/** Whether any cue matches anywhere in `text` (no offsets needed). */
export function anyMatch(cues: readonly Cue[], text: string): boolean {
  return cues.some((c) => {
    c.re.lastIndex = 0;
    const ok = c.re.test(text);
    c.re.lastIndex = 0;
    return ok;
  });
}
