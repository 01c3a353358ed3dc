import type { CueId, HitId } from '../ids';
import type { Sentence } from '../sentences';

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
  const hits: Hit[] = [];
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(s.text); m !== null; m = cue.re.exec(s.text)) {
      if (m[0].length === 0) {
        cue.re.lastIndex++;
        continue;
      }
      hits.push({ id: cue.id, start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], reason: cue.reason });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
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
