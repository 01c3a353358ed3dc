import { MAX_NEWEST_CHARS } from '../limits';
import { findFooterStart, stripBanners, stripLeadingDisclaimer } from './boilerplate';
import { normalizeBody } from './normalize';
import { findHistoryStart, findInlineReply } from './quote-markers';
import { findSignatureStart } from './signature';

export { normalizeBody } from './normalize';

export interface NewestMessageParts {
  /** The newest message, stripped (what `extractNewestMessage` returns). */
  newest: string;
  /** The newest message before stripping signature and boilerplate. */
  top: string;
  /** The start of the quoted or forwarded history below it (bounded). */
  history: string;
}

/** Quoted history kept as context (what "can you handle this?" points at). */
const HISTORY_CHARS = 2_000;

/** Keeps whole lines until about `max` characters; the rest is never read. */
function boundLines(lines: string[], max: number): string[] {
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    total += (lines[i] ?? '').length + 1;
    if (total > max) return lines.slice(0, i + 1);
  }
  return lines;
}

/**
 * The newest message of a mail body: what the sender wrote this time, without
 * quoted history, forwarded content, signature, mobile footer, disclaimer or
 * external-sender banner. A bare forward yields only what was added above it
 * (often nothing). Never throws; the result is at most MAX_NEWEST_CHARS long.
 */
export function extractNewestMessage(body: unknown, senderName = ''): string {
  return splitNewestMessage(body, senderName).newest;
}

export function splitNewestMessage(body: unknown, senderName = ''): NewestMessageParts {
  const text = normalizeBody(body);
  if (text === '') return { newest: '', top: '', history: '' };
  let lines = text.split('\n');
  const historyStart = findHistoryStart(lines);
  // An inline reply answers between the quoted lines: those lines are new.
  const inline = findInlineReply(lines, historyStart);
  const history = boundLines(inline ? inline.history : lines.slice(historyStart), HISTORY_CHARS).join('\n');
  const own = inline ? lines.slice(0, historyStart).concat(inline.added) : lines.slice(0, historyStart);
  lines = boundLines(own, MAX_NEWEST_CHARS + 2_000);
  const top = lines.join('\n');
  lines = stripBanners(lines);
  lines = stripLeadingDisclaimer(lines);
  lines = lines.slice(0, findFooterStart(lines));
  lines = lines.slice(0, findSignatureStart(lines, typeof senderName === 'string' ? senderName : ''));
  return { newest: tidy(lines).slice(0, MAX_NEWEST_CHARS), top, history };
}

/** Trailing spaces off each line, at most one blank line in a row, trimmed. */
function tidy(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    // What /[ \t]+$/ removed, without a regular expression (issue 18: it tried every space of every line, ~1%).
    let end = raw.length;
    while (end > 0 && (raw.charCodeAt(end - 1) === 32 || raw.charCodeAt(end - 1) === 9)) end--;
    const line = end === raw.length ? raw : raw.slice(0, end);
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  return out.join('\n').trim();
}
