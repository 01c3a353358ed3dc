/**
 * Finds where a sign-off starts at the end of a message: "Best,\nName",
 * "Thanks,\nKyle\n\nKyle Ferraro | Account Executive", "thx, Kevin", or a bare
 * name/initials line ("TB", "J", "Ryan") followed by a title block.
 */

const VALEDICTION =
  /^\s*(?:(?:many\s+|big\s+)?thanks?(?:\s+(?:so\s+much|a\s+(?:ton|lot|bunch|million)|again|in\s+advance|all))?(?:\s*(?:&|and)\s*(?:best\s+|kind\s+|warm\s+)?regards)?|thank\s+you(?:\s+(?:so\s+much|again|in\s+advance))?|thx|tx|ty|tia|cheers|best(?:\s+(?:regards|wishes))?|all\s+the\s+best|regards|kind\s+regards|warm(?:est)?\s+regards|best\s+rgds|rgds|sincerely|yours(?:\s+(?:truly|sincerely))?|talk\s+soon|speak\s+soon|take\s+care|ciao|gracias|merci|danke|viele\s+grüße|mit\s+freundlichen\s+grüßen|saludos|cordialement|bien\s+à\s+vous|xo|xx)\s*[,.!]*\s*(?:[-–—]?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*[,.!]*\s*$/i;

/** Longest line we still treat as part of a signature block (title, phone…). */
const MAX_SIG_LINE = 100;
const MAX_SIG_LINES = 10;

function nameTokens(senderName: string): string[] {
  return senderName
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter((t) => t.length > 0);
}

/** One-word answers that are content, not a sign-off: "Friday.", "Yes", "Tomorrow". */
const NOT_A_NAME =
  /^(?:Thanks|Yes|Yep|Yeah|No|Nope|Ok|Okay|Done|Agreed|Sure|Correct|Confirmed|Pending|Soon|Today|Tomorrow|Tonight|Noon|Later|Never|Both|Neither|None|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/i;

/** "Ryan", "TB", "J", "Dan" for Daniel, "Kyle Ferraro". */
function isSenderNameLine(line: string, senderName: string): boolean {
  const text = line.trim().replace(/^[-–—~]\s*/, '').replace(/[.,!]+$/, '');
  if (text.length === 0 || text.length > 40) return false;
  const words = text.split(/\s+/);
  if (words.length > 4) return false;
  const tokens = nameTokens(senderName);
  const first = tokens[0];
  const lowerWords = words.map((w) => w.toLowerCase());
  const w0 = lowerWords[0] ?? '';
  if (first !== undefined) {
    if (lowerWords.every((w) => tokens.includes(w))) return true;
    if (w0.length >= 3 && first.startsWith(w0) && words.length === 1) return true;
    const initials = tokens.map((t) => t[0]).join('');
    if (words.length === 1 && w0.length <= 3 && initials.startsWith(w0)) return true;
  }
  // Unknown sender name: one capitalised word or initials alone on the line.
  return words.length === 1 && /^[A-Z][\p{L}'’-]{0,14}$/u.test(text) && !NOT_A_NAME.test(text);
}

/** The lines after a sign-off must look like a signature block, not prose. */
function restLooksLikeSignature(lines: readonly string[], from: number): boolean {
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    count++;
    if (count > MAX_SIG_LINES || line.length > MAX_SIG_LINE) return false;
    if (/\?\s*$/.test(line)) return false;
    // Titles and company lines are short; a sentence of prose is not a signature.
    if (/[.!]\s*$/.test(line) && line.split(/\s+/).length >= 6) return false;
  }
  return true;
}

/**
 * Index of the first signature line, or `lines.length`. A sign-off only counts
 * when some content sits above it, so a message that is just "thanks!!" stays.
 */
export function findSignatureStart(lines: readonly string[], senderName: string): number {
  const firstContent = lines.findIndex((l) => l.trim() !== '');
  if (firstContent < 0) return lines.length;
  // Walk up from the end: the sign-off is the earliest line after which only
  // signature-like lines follow.
  let best = lines.length;
  const lowest = Math.max(firstContent + 1, lines.length - MAX_SIG_LINES - 4);
  for (let i = lines.length - 1; i >= lowest; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (!restLooksLikeSignature(lines, i + 1)) break;
    if (VALEDICTION.test(line) || isSenderNameLine(line, senderName)) best = i;
  }
  return best;
}
