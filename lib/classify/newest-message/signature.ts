/**
 * Finds where a sign-off starts at the end of a message: "Best,\nName",
 * "Thanks,\nKyle\n\nKyle Ferraro | Account Executive", "thx, Kevin", or a bare
 * name/initials line ("TB", "J", "Ryan") followed by a title block.
 */

const VALEDICTION =
  /^\s*(?:(?:many\s+|big\s+)?thanks?(?:\s+(?:so\s+much|a\s+(?:ton|lot|bunch|million)|again|in\s+advance|all))?(?:\s*(?:&|and)\s*(?:best\s+|kind\s+|warm\s+)?regards)?|thank\s+you(?:\s+(?:so\s+much|again|in\s+advance))?|thx|tx|ty|tia|cheers|best(?:\s+(?:regards|wishes))?|all\s+the\s+best|regards|kind\s+regards|warm(?:est)?\s+regards|best\s+rgds|rgds|sincerely|yours(?:\s+(?:truly|sincerely))?|talk\s+soon|speak\s+soon|take\s+care|ciao|gracias|merci|danke|viele\s+grüße|mit\s+freundlichen\s+grüßen|saludos(?:\s+cordiales)?|un\s+(?:saludo|abrazo)|abrazos?|cordialement|bien\s+à\s+vous|bonne\s+(?:journée|journee|soirée|soiree|fin\s+de\s+journée|semaine)|à\s+bientôt|a\s+bient[oô]t|bises|(?:liebe|beste|schöne|viele)\s+grüße|(?:lg|vg|mfg)|gruß|groetjes|met\s+vriendelijke\s+groet|(?:cordiali\s+)?saluti|un\s+saluto|grazie(?:\s+mille)?|obrigad[oa]|abraços?|atenciosamente|ngā\s+mihi|nga\s+mihi|shot|xo|xx)\s*[,.!]*\s*(?:[-–—]?\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*[,.!]*\s*$/i;

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

/**
 * The text without its closing run of ".", "," and "!", as /[.,!]+$/ removed it: that pattern was
 * tried at every character of every line it was given (issue 18).
 */
function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 33)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** One-word answers that are content, not a sign-off: "Friday.", "Yes", "Tomorrow". */
const NOT_A_NAME =
  /^(?:Thanks|Yes|Yep|Yeah|No|Nope|Ok|Okay|Done|Agreed|Sure|Correct|Confirmed|Pending|Soon|Today|Tomorrow|Tonight|Noon|Later|Never|Both|Neither|None|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/i;

/** "Ryan", "TB", "J", "Dan" for Daniel, "Kyle Ferraro". */
function isSenderNameLine(line: string, tokens: readonly string[]): boolean {
  const text = withoutEndPunctuation(line.trim().replace(/^[-–—~]\s*/, ''));
  if (text.length === 0 || text.length > 40) return false;
  const words = text.split(/\s+/);
  if (words.length > 4) return false;
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

/**
 * The lines after a sign-off must look like a signature block, not prose: at
 * most MAX_SIG_LINES non-blank lines, each of which passes this test.
 */
function signatureLike(trimmed: string): boolean {
  if (trimmed.length > MAX_SIG_LINE) return false;
  if (/\?\s*$/.test(trimmed)) return false;
  // Titles and company lines are short; a sentence of prose is not a signature.
  return !(/[.!]\s*$/.test(trimmed) && trimmed.split(/\s+/).length >= 6);
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
  const tokens = nameTokens(senderName);
  const lowest = Math.max(firstContent + 1, lines.length - MAX_SIG_LINES - 4);
  // Whether the lines below line i look like a signature block, kept as the walk goes up instead of
  // re-read for every line (issue 18: that re-reading was most of this function's ~4% of classify time).
  let below = 0;
  let restIsSignature = true;
  for (let i = lines.length - 1; i >= lowest; i--) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!restIsSignature) break;
    if (VALEDICTION.test(line) || isSenderNameLine(line, tokens)) best = i;
    restIsSignature = ++below <= MAX_SIG_LINES && signatureLike(trimmed);
  }
  return Math.min(best, signOffWithName(lines, firstContent, tokens));
}

/** Lines after a signed sign-off that are still the signature block (title, promo line, disclaimer). */
const MAX_TAIL_LINES = 16;
const POSTSCRIPT = /^\s*P\.?\s?P?\.?S\b/i;

/**
 * "Bonne journée,\nClaire\n\nClaire Dubois\nTitle\nNeed a quote? Reply to…":
 * a valediction directly followed by the sender's own name closes the message,
 * even when the block below carries a promotional line or a question. A P.S.
 * below it is still the sender's text, so then nothing is cut.
 */
function signOffWithName(lines: readonly string[], firstContent: number, tokens: readonly string[]): number {
  if (tokens.length === 0) return lines.length;
  const lowest = Math.max(firstContent + 1, lines.length - MAX_TAIL_LINES - 2);
  for (let i = lines.length - 2; i >= lowest; i--) {
    if (!VALEDICTION.test(lines[i] ?? '')) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    if (j >= lines.length || !isOwnNameLine(lines[j] ?? '', tokens)) continue;
    const tail = lines.slice(j + 1);
    if (tail.some((l) => POSTSCRIPT.test(l)) || tail.filter((l) => l.trim() !== '').length > MAX_TAIL_LINES) continue;
    return i;
  }
  return lines.length;
}

/** The sender's own name or first name alone on a line (not any capitalised word). */
function isOwnNameLine(line: string, tokens: readonly string[]): boolean {
  const words = withoutEndPunctuation(line.trim().replace(/^[-–—~]\s*/, '')).toLowerCase().split(/\s+/);
  return words.length > 0 && words.length <= 4 && words.every((w) => tokens.includes(w));
}
