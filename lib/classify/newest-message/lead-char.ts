/**
 * A line's first character after what `^\s*` skips (`trimStart` removes
 * exactly that set: WhiteSpace and LineTerminator), ASCII letters in lower
 * case; '' for a blank line. Patterns anchored at a line's start can be
 * ruled out by it before any regular expression runs.
 */
export function leadChar(line: string): string {
  const c = line.trimStart().charCodeAt(0);
  if (Number.isNaN(c)) return '';
  return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
}
