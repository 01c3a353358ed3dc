import { MAX_SCAN_CHARS } from '../limits';
import { htmlToText, looksLikeHtml } from './html';

/**
 * Turns whatever arrived as a body into bounded plain text with `\n` line
 * ends. Never throws: non-strings become ''.
 */
const NEEDS_CLEANING = /[\r\u200b-\u200d\u2060\ufeff\u00a0\u2007\u202f\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

export function normalizeBody(body: unknown): string {
  if (typeof body !== 'string' || body.length === 0) return '';
  // HTML is verbose; give it a larger window before the plain-text cap.
  let text = body.slice(0, MAX_SCAN_CHARS * 4);
  if (looksLikeHtml(text.slice(0, 5_000))) text = htmlToText(text);
  text = text.slice(0, MAX_SCAN_CHARS);
  // Most mail has none of what the replacements below change: one scan instead of four.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '') // zero-width chars break word matches
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, ' '); // binary junk
}
