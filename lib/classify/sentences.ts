import { MAX_SENTENCE_CHARS } from './limits';

/**
 * A sentence of the newest message; `start`/`end` index into that message.
 * `text` has line breaks replaced by spaces.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Bullets and numbered items start a new sentence even without punctuation. */
export const LIST_ITEM = /^\s*(?:[-*•▪·–—]|\d{1,2}[.)]|[a-z][.)])\s/;

/**
 * Titles and Latin abbreviations whose period does not end a sentence:
 * "I confirmed to Mr. Brunner that…", "some sections, e.g. the pricing".
 */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|vs|approx|incl|esp|e\.g|i\.e|cf)$/i;

/** A line at least this long that ends without punctuation is hard-wrapped prose. */
const WRAP_WIDTH = 40;

/**
 * Is the newline after `line` a soft wrap inside a sentence? Yes when the
 * line ends mid-sentence and either the next line continues in lower case or
 * the line is long enough to be wrapped prose (mail clients wrap at 60-78).
 */
function isSoftWrap(line: string, next: string): boolean {
  if (next.trim() === '' || LIST_ITEM.test(next) || /[:.!?;]\s*$/.test(line)) return false;
  return /^\s*[a-z]/.test(next) || line.trim().length >= WRAP_WIDTH;
}

/**
 * Splits text into sentences with offsets. Boundaries: `.`/`!`/`?` followed by
 * space, blank lines, list items, lines ending in `:`, and short lines (a
 * greeting, a one-line ask). Long lines without punctuation are treated as
 * soft-wrapped and joined with the next line.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // No closure for "push up to here": made anew per call, it cost ~1% of the bench under tsx (issue 18).
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    // Most characters end nothing: told apart by code, without making a one-letter string each.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i];
    if (ch === '\n') {
      const line = text.slice(lineStart, i);
      const nextLineEnd = text.indexOf('\n', i + 1);
      const next = text.slice(i + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
      if (!isSoftWrap(line, next)) {
        pushTrimmed(out, text, start, i);
        start = i;
      }
      lineStart = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(lineStart, i - 8), i))) continue;
      let j = i + 1;
      while (j < text.length && /[.!?…"'’”)\]]/.test(text[j] ?? '')) j++;
      const after = text[j];
      if (after === undefined || after === ' ' || after === '\t' || after === '\n') {
        pushTrimmed(out, text, start, j);
        start = j;
        i = j - 1;
      }
    }
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  // Pathological run-ons (no punctuation for pages) are cut into chunks so
  // the phrase patterns always see bounded input.
  for (let c = s; c < e; c += MAX_SENTENCE_CHARS) {
    const ce = Math.min(e, c + MAX_SENTENCE_CHARS);
    // Soft-wrapped newlines become spaces (same length, so offsets still hold).
    out.push({ start: c, end: ce, text: text.slice(c, ce).replace(/\n/g, ' ') });
  }
}

/** Delimiters between clauses inside a sentence. */
const CLAUSE_BREAK = /[,;:()]|\s[-–—]\s|\b(?:but|though|although|whereas)\b|\b(?:and|so|then)\s+(?=(?:I|we)\b)/gi;

/**
 * The clause of `sentence` that contains position `at` (relative to the
 * sentence). Used to keep a negation ("no need to edit") or a self-claim
 * ("I'll handle X") from cancelling a request in another clause.
 */
export function clauseAround(sentence: string, at: number): string {
  const [from, to] = clauseBounds(sentence, at);
  return sentence.slice(from, to);
}

/**
 * The clause breaks of the sentence asked last, [start, end) pairs in order. The rules ask for the
 * clause of one hit after another in the same sentence, and each call ran CLAUSE_BREAK over it from
 * the start (issue 18: ~1% of classify time). A pure function of the text, so the text is the key.
 */
let breaksOf = '';
let breaks: number[] = [];

function clauseBreaks(sentence: string): number[] {
  if (sentence === breaksOf && breaks.length > 0) return breaks;
  const found: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) found.push(m.index, m.index + m[0].length);
  // Kept with an end marker, so an empty list (no breaks) is told apart from "not read yet".
  found.push(-1);
  breaksOf = sentence;
  breaks = found;
  return found;
}

/** [start, end) of the clause of `sentence` containing position `at`. */
export function clauseBounds(sentence: string, at: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  const found = clauseBreaks(sentence);
  for (let k = 0; found[k]! >= 0; k += 2) {
    if (found[k + 1]! <= at) from = found[k + 1]!;
    else if (found[k]! > at) {
      to = found[k]!;
      break;
    }
  }
  return [from, to];
}
