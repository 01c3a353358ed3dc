/**
 * Cuts the newest message down to short excerpts around the evidence spans,
 * with the spans marked. Pure; the output is bounded whatever the input
 * (a 1 MB message, thousands of spans, spans out of range): at most
 * `maxExcerpts` excerpts of at most `maxChars` characters each.
 *
 * Display text is cleaned: whitespace runs become one space, and control and
 * bidi formatting characters (which could reorder what the PM sees) are
 * dropped. The output is plain strings for text nodes, never HTML.
 */

import { clip, ELLIPSIS } from '@/lib/text';

/** What `highlightSegments` needs of an evidence span (the classifier's `Evidence`). */
export interface EvidenceSpan {
  start: number;
  /** Exclusive. */
  end: number;
  /** The span's text as the classifier saw it; spans whose text is not at start..end are dropped. */
  text?: string;
  reason?: string;
}

export interface HighlightSegment {
  text: string;
  mark: boolean;
  /** For marks: the reasons of every span merged into it, "; "-separated. */
  reason?: string;
}

export type Excerpt = HighlightSegment[];

export interface HighlightOptions {
  /** Characters of context kept on each side of a span. Default 80. */
  context?: number;
  /** Most excerpts returned. Default 6. */
  maxExcerpts?: number;
  /** Most characters in one excerpt, ellipses included. Default 300. */
  maxChars?: number;
}


const DEFAULTS = { context: 80, maxExcerpts: 6, maxChars: 300 };
/** Spans looked at; the classifier returns a handful. */
const MAX_SPANS = 500;
/** How far a cut moves to land between words. */
const WORD_SNAP = 20;
/** How far a span whose text is not at its offsets is looked for. */
const RELOCATE_WINDOW = 200;
const MAX_REASON_CHARS = 300;

// C0/C1 controls except tab/newline/CR (whitespace, collapsed below), bidi
// marks, embeddings, overrides and isolates, and the BOM.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Text made safe to show: no control or bidi formatting characters, whitespace runs collapsed. */
export function cleanDisplayText(s: string): string {
  return s.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ');
}

interface Span {
  start: number;
  end: number;
  reasons: string[];
  /** Lowest index in the evidence list: the classifier lists the label's own spans first. */
  rank: number;
}

const int = (n: unknown, fallback: number, min: number, max: number): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, Math.floor(n))) : fallback;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isSpace = (s: string, i: number) => /\s/.test(s.charAt(i));

/** Moves a cut at `i` off the middle of a surrogate pair (towards `dir`). */
function unsplit(text: string, i: number, dir: 1 | -1): number {
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return i + dir;
  return i;
}

/** The span's real offsets in `text`, or null when it cannot be placed. */
function place(text: string, e: EvidenceSpan): { start: number; end: number } | null {
  if (!e || typeof e !== 'object') return null;
  const { start, end } = e;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  let s = Math.max(0, Math.floor(start));
  let t = Math.min(text.length, Math.floor(end));
  if (t <= s) return null;
  const want = typeof e.text === 'string' ? e.text : '';
  if (want && text.slice(s, t) !== want) {
    // Stale offsets: look for the text nearby, else drop the span.
    const from = Math.max(0, s - RELOCATE_WINDOW);
    const win = text.slice(from, Math.min(text.length, t + RELOCATE_WINDOW + want.length));
    const at = win.indexOf(want);
    if (at < 0) return null;
    s = from + at;
    t = s + want.length;
  }
  s = unsplit(text, s, -1);
  t = unsplit(text, t, 1);
  return { start: s, end: t };
}

const INVISIBLE = /[\s\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
/** Whether text[start..end) shows anything; looks at no more than 2,000 characters. */
function visible(text: string, start: number, end: number): boolean {
  const stop = Math.min(end, start + 2000);
  for (let i = start; i < stop; i++) if (!INVISIBLE.test(text.charAt(i))) return true;
  return end > stop;
}

/** Placed spans, sorted, with overlapping and touching spans merged. */
function mergedSpans(text: string, evidence: readonly EvidenceSpan[]): Span[] {
  const spans: Span[] = [];
  const n = Math.min(evidence.length, MAX_SPANS);
  for (let i = 0; i < n; i++) {
    const e = evidence[i]!;
    const p = place(text, e);
    if (!p || !visible(text, p.start, p.end)) continue;
    const reason = typeof e.reason === 'string' ? e.reason.trim().slice(0, MAX_REASON_CHARS) : '';
    spans.push({ ...p, reasons: reason ? [reason] : [], rank: i });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      for (const r of s.reasons) if (!last.reasons.includes(r)) last.reasons.push(r);
      last.rank = Math.min(last.rank, s.rank);
    } else {
      out.push({ ...s, reasons: [...s.reasons] });
    }
  }
  return out;
}

interface Group {
  spans: Span[];
  rank: number;
  /** The text shown, before cleaning. */
  from: number;
  to: number;
}

/**
 * Groups neighbouring spans into excerpts: a span joins the current one when
 * their context windows touch and the excerpt stays within the size limit.
 */
function groups(spans: Span[], context: number, budget: number): Group[] {
  const out: Group[] = [];
  let cur: Group | undefined;
  for (const s of spans) {
    const last = cur?.spans[cur.spans.length - 1];
    if (cur && last && s.start - last.end <= 2 * context && s.end - cur.from <= budget) {
      cur.spans.push(s);
      cur.to = s.end;
      cur.rank = Math.min(cur.rank, s.rank);
    } else {
      cur = { spans: [s], rank: s.rank, from: s.start, to: s.end };
      out.push(cur);
    }
  }
  return out;
}

/** Moves a left cut forward to the start of a word, not past `limit`. */
function snapLeft(text: string, i: number, limit: number): number {
  if (i <= 0 || isSpace(text, i - 1) || isSpace(text, i)) return i;
  const stop = Math.min(limit, i + WORD_SNAP);
  for (let j = i; j < stop; j++) if (isSpace(text, j)) return j + 1;
  return i;
}

/** Moves a right cut back to the end of a word, not before `limit`. */
function snapRight(text: string, i: number, limit: number): number {
  if (i >= text.length || isSpace(text, i) || isSpace(text, i - 1)) return i;
  const stop = Math.max(limit, i - WORD_SNAP);
  for (let j = i - 1; j >= stop; j--) if (isSpace(text, j)) return j;
  return i;
}

function push(out: Excerpt, seg: HighlightSegment): void {
  if (!seg.text) return;
  const last = out[out.length - 1];
  if (last && !last.mark && !seg.mark) last.text += seg.text;
  else out.push(seg);
}

/** Builds one excerpt's segments for text[from..to), marks cleaned and bounded. */
function segmentsOf(text: string, g: Group, from: number, to: number, maxChars: number): Excerpt {
  const raw: Excerpt = [];
  if (from > 0) raw.push({ text: ELLIPSIS, mark: false });
  let at = from;
  for (const s of g.spans) {
    push(raw, { text: cleanDisplayText(text.slice(at, s.start)), mark: false });
    const reason = s.reasons.join('; ');
    const markText = cleanDisplayText(text.slice(s.start, s.end));
    if (markText.trim()) push(raw, reason ? { text: markText, mark: true, reason } : { text: markText, mark: true });
    else push(raw, { text: markText, mark: false });
    at = s.end;
  }
  push(raw, { text: cleanDisplayText(text.slice(at, to)), mark: false });
  if (to < text.length) push(raw, { text: ELLIPSIS, mark: false });

  // Trim the excerpt's outer whitespace.
  const first = raw[0];
  if (first && !first.mark) first.text = first.text.replace(/^(…?)\s+/, '$1');
  const last = raw[raw.length - 1];
  if (last && !last.mark) last.text = last.text.replace(/\s+(…?)$/, '$1');

  // Enforce the size bound (only a single huge span can exceed it).
  const out: Excerpt = [];
  let left = maxChars;
  for (const seg of raw) {
    if (left <= 0) break;
    if (seg.text.length <= left) {
      out.push(seg);
      left -= seg.text.length;
    } else {
      out.push({ ...seg, text: clip(seg.text, left) });
      left = 0;
    }
  }
  return out.filter((s) => s.text.length > 0);
}

/**
 * Excerpts of `text` around the evidence spans, in text order, each a list of
 * segments with the spans as `mark: true` segments (their reasons attached).
 * Overlapping and touching spans become one mark; spans close together share
 * an excerpt. "…" stands where the text is cut. When there are more excerpts
 * than `maxExcerpts`, those holding the earliest-listed evidence are kept.
 */
export function highlightSegments(
  text: string,
  evidence: readonly EvidenceSpan[],
  opts?: HighlightOptions | null,
): Excerpt[] {
  if (typeof text !== 'string' || !text || !Array.isArray(evidence) || evidence.length === 0) return [];
  const options = opts ?? {};
  const maxChars = int(options.maxChars, DEFAULTS.maxChars, 20, 100_000);
  const maxExcerpts = int(options.maxExcerpts, DEFAULTS.maxExcerpts, 0, 1000);
  const context = int(options.context, DEFAULTS.context, 0, maxChars);
  // Room for the span(s) plus two ellipses.
  const budget = maxChars - 2;

  const all = groups(mergedSpans(text, evidence), context, budget);
  const kept = [...all]
    .sort((a, b) => a.rank - b.rank || a.from - b.from)
    .slice(0, maxExcerpts)
    .sort((a, b) => a.from - b.from);

  const sides = kept.map((g) => Math.max(0, Math.min(context, Math.floor((budget - (g.to - g.from)) / 2))));
  return kept.map((g, i) => {
    const side = sides[i]!;
    let from = Math.max(0, g.from - side);
    let to = Math.min(text.length, g.to + side);
    // Neighbouring excerpts never repeat text: they split the gap between them.
    const prev = kept[i - 1];
    const next = kept[i + 1];
    if (prev && g.from - side < prev.to + sides[i - 1]!) from = Math.max(from, Math.ceil((prev.to + g.from) / 2));
    if (next && g.to + side > next.from - sides[i + 1]!) to = Math.min(to, Math.floor((g.to + next.from) / 2));
    from = unsplit(text, snapLeft(text, from, g.from), 1);
    to = unsplit(text, snapRight(text, to, g.to), -1);
    return segmentsOf(text, g, from, to, maxChars);
  }).filter((ex) => ex.some((s) => s.mark));
}

/** An excerpt's visible text, e.g. for tests and aria labels. */
export const excerptText = (excerpt: Excerpt): string => excerpt.map((s) => s.text).join('');
