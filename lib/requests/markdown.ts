/**
 * Escaping user text (names, summaries, terms) for the weekly Markdown, so
 * it reads as typed when rendered: no stray emphasis, links, HTML, headings
 * or list markers. Each piece of text goes on one line.
 */

/** Punctuation that means something inline in CommonMark/GFM. */
const INLINE = /[\\`*_[\]<>#|~&]/g;

export function escapeMarkdown(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim().replace(INLINE, '\\$&');
  // At the start of a line these would open a list, quote or heading.
  s = s.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
  return s;
}
