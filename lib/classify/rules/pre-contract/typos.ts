/**
 * Typo tolerance for the loose gate only: "finsh the proposl", "the pricng".
 * A word matches a stem when one edit (a dropped, added, swapped or changed
 * letter) turns it into the stem. Only words of five letters or more are
 * compared, so short words never collide ("quo", "draw").
 */

import { LETTER_RUN, REAL_NEIGHBOURS } from '../../patterns/typos';

const MIN_LEN = 5;

/** Is `a` one edit (insert, delete, substitute, adjacent swap) away from `b`, but not equal? */
export function oneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The first word of `text` that is a misspelling of one of `stems`, with its offset. */
export function misspelt(text: string, stems: readonly string[]): { index: number; word: string } | undefined {
  // matchAll reads a copy of the shared global pattern, so no lastIndex outlives a call.
  for (const m of text.matchAll(LETTER_RUN)) {
    const w = m[0].toLowerCase();
    if (w.length < MIN_LEN || w.length > 16 || REAL_NEIGHBOURS.has(w)) continue;
    if (stems.some((s) => oneEditAway(w, s))) return { index: m.index, word: m[0] };
  }
  return undefined;
}
