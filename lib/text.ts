/**
 * Text helpers shared by every surface: one way to shorten text, so a
 * notification, a badge sentence and a redirect reply cut alike.
 */

export const ELLIPSIS = '…';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * `text` cut to at most `max` characters, ending in an ellipsis when cut and
 * never splitting a surrogate pair. `atWord` ends the cut at a word end when
 * one is in the last 40%, and drops the punctuation left dangling there.
 */
export function clip(text: string, max: number, { atWord = false }: { atWord?: boolean } = {}): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (atWord) {
    const space = text.lastIndexOf(' ', end);
    if (space > max * 0.6) end = space;
  }
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const head = text.slice(0, end);
  return (atWord ? head.replace(/[\s,;:.]+$/, '') : head) + ELLIPSIS;
}

/** Runs of white space (line breaks included) as one space, trimmed: for one-line uses. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
