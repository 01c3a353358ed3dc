import { lazyGate } from '../patterns/literal-gate';
import { leadChar } from './lead-char';

/**
 * Where the quoted history starts. Each finder looks at line `i` (and a few
 * lines after it, for wrapped headers) and says whether history starts there.
 * The newest message is everything above the first such line.
 */

/** Words that open a reply attribution line, by language. */
const ATTRIBUTION_OPENERS =
  /^\s*(?:On|Am|Le|El|Il|Em|Op|Den|Dne|På|W\s+dniu|在|Στις|В|У)\s/i;

/** Verbs that close one ("... wrote:"), by language. Anchored at line end. */
const ATTRIBUTION_CLOSERS =
  /(?:wrote|writes|schrieb|a\s+écrit|escribió|escribio|ha\s+scritto|escreveu|schreef|skrev|napisał(?:\(a\))?|napsal(?:\(a\))?|kirjoitti|írta|пишет|написал(?:\(а\))?|yazdı|写道|寫道|έγραψε)\s*[:：]\s*$/i;

/**
 * German and Dutch Gmail name the writer after the verb: "Am … schrieb Petra
 * Lang <p@x.de>:", "Op … schreef Pieter Smit <p@x.nl>:" (the address may be
 * gone once the body was read as HTML). Only after an opener.
 */
const CLOSER_THEN_NAME = /\s(?:schrieb|schreef|escribió|escreveu|ha\s+scritto|a\s+écrit)\s+[^:：]{1,120}[:：]\s*$/i;

/** A header line ending in an address and a colon: "Dana <dana@x.io>:" */
const BARE_ATTRIBUTION = /[^<>\s@]{1,64}@[^<>\s]{1,255}>?\s*[:：]\s*$/;

export const SEPARATORS: RegExp[] = [
  /^\s*-{2,}\s*(?:Original\s+Message|Ursprüngliche\s+Nachricht|Message\s+d'origine|Mensaje\s+original|Messaggio\s+originale|Oorspronkelijk\s+bericht|Mensagem\s+original|Originalmeddelande|Исходное\s+сообщение)\s*-{2,}\s*$/i,
  /^\s*-{2,}\s*(?:Forwarded\s+message|Forwarded\s+Message|Weitergeleitete\s+Nachricht|Message\s+transféré|Mensaje\s+reenviado|Messaggio\s+inoltrato|Doorgestuurd\s+bericht|Mensagem\s+encaminhada|Пересылаемое\s+сообщение)\s*-{2,}\s*$/i,
  // Lotus/HCL Notes: "---- Forwarded by Name/Dept on 09/02/99 09:29" (the line may wrap).
  /^\s*-{2,}\s*Forwarded\s+by\s/i,
  /^\s*(?:Begin\s+forwarded\s+message|Anfang\s+der\s+weitergeleiteten\s+Nachricht|Début\s+du\s+message\s+réexpédié|Inicio\s+del\s+mensaje\s+reenviado|Inizio\s+messaggio\s+inoltrato|Begin\s+doorgestuurd\s+bericht|In[ií]cio\s+da\s+mensagem\s+(?:reencaminhada|encaminhada)|Come[çc]o\s+da\s+mensagem\s+encaminhada)\s*:\s*$/i,
];

// A line holding none of their literals is no separator (patterns/literals.ts): one test instead of four.
const mayBeSeparator = lazyGate(SEPARATORS);
/**
 * What each separator starts with after `^\s*`: "-" or the first letter of
 * one of the words (case-insensitive without the u flag: ASCII letters
 * only). Checked before the literal gate, whose alternation runs over the
 * whole line (issue 18: that gate was ~2% of the classifier, on every line).
 */
export const SEPARATOR_LEADS = new Set(['-', 'b', 'a', 'd', 'i', 'c']);
export const isSeparator = (line: string) => SEPARATOR_LEADS.has(leadChar(line)) && mayBeSeparator(line) && SEPARATORS.some((re) => re.test(line));

const HEADER_FROM = /^\s*\*?(?:From|Von|De|Da|Van|Fra|Från|Od|От|Lähettäjä)\s*\*?\s*:\s*\*?\s*\S/i;
const HEADER_SENT = /^\s*\*?(?:Sent|Date|Gesendet|Datum|Envoyé(?:\s+le)?|Date\s+d'envoi|Enviad[oa](?:\s+(?:el|em))?|Fecha|Inviato|Data|Verzonden|Skickat|Sendt|Wysłano|Odesláno|Отправлено|Lähetetty)\s*\*?\s*:/i;
const HEADER_TO_OR_SUBJECT = /^\s*\*?(?:To|Subject|Cc|An|Betreff|À|A|Objet|Para|Asunto|Assunto|Oggetto|Aan|Onderwerp|Till|Ämne|Til|Emne|Do|Temat|Komu|Předmět|Кому|Тема|Vastaanottaja|Aihe)\s*\*?\s*:/i;

const UNDERSCORE_RULE = /^\s*_{8,}\s*$/;

function isQuotedLine(line: string): boolean {
  // /^\s*>/ without a regular expression: it ran on every line (issue 18).
  return leadChar(line) === '>';
}

/** /[:：]\s*$/ without one: `trimEnd` removes what `\s` matches. */
function endsWithColon(line: string): boolean {
  const t = line.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return c === 0x3a || c === 0xff1a;
}

/** "On <date>, <name> wrote:" possibly wrapped over up to three lines. */
function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (line.length > 400) return false;
  const opener = ATTRIBUTION_OPENERS.test(line);
  // Cheap exits first: an attribution ends in a colon, or opens with "On …".
  if (!opener && !endsWithColon(line)) return false;
  if (ATTRIBUTION_CLOSERS.test(line) && (opener || /@|\d/.test(line))) {
    return true;
  }
  if (opener && /\d/.test(line) && CLOSER_THEN_NAME.test(line)) return true;
  if (opener) {
    let joined = line;
    for (let k = 1; k <= 2; k++) {
      const next = lines[i + k];
      if (next === undefined || next.trim() === '') break;
      joined += ' ' + next.trim().slice(0, 300);
      if (!/[:：]\s*$/.test(joined)) continue;
      if (ATTRIBUTION_CLOSERS.test(joined) || (joined.includes('@') && BARE_ATTRIBUTION.test(joined))) return true;
    }
    return line.includes('@') && BARE_ATTRIBUTION.test(line) && /\d/.test(line);
  }
  // "2026年3月4日(水) 9:12 Dana <dana@x.io>:" and similar date-first styles.
  return /^\s*\d/.test(line) && line.includes('@') && BARE_ATTRIBUTION.test(line);
}

/** Outlook-style header block: From: … then Sent/Date: and To/Subject: soon after. */
function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  let sawSent = false;
  let sawTo = false;
  for (let k = 1; k <= 6 && i + k < lines.length; k++) {
    const next = lines[i + k] ?? '';
    if (HEADER_SENT.test(next)) sawSent = true;
    if (HEADER_TO_OR_SUBJECT.test(next)) sawTo = true;
  }
  return sawSent && sawTo;
}

/** A Notes date line: "02/02/2026 11:47 AM". */
const NOTES_DATE = /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*$/i;

/**
 * Lotus/HCL Notes reply header: a name line, a date line, then "To:", "cc:"
 * and "Subject:" with no "wrote:" (the corpus label guide,
 * "What real mail looks like"). History starts at the name line.
 */
function isNotesHeader(lines: readonly string[], i: number): boolean {
  const name = lines[i] ?? '';
  // The date line starts with a digit: most lines are ruled out before NOTES_DATE runs.
  const date = lines[i + 1] ?? '';
  const lead = leadChar(date);
  if (name.trim() === '' || name.length > 120 || lead < '0' || lead > '9' || !NOTES_DATE.test(date)) return false;
  let sawTo = false;
  for (let k = 2; k <= 5 && i + k < lines.length; k++) {
    const next = lines[i + k] ?? '';
    if (/^\s*To\s*:/i.test(next)) sawTo = true;
    if (sawTo && /^\s*Subject\s*:/i.test(next)) return true;
  }
  return false;
}

/** Does quoted history (other than a `>` line) start at line `i`? */
function isHistoryMarker(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  return isSeparator(line) || isHeaderBlock(lines, i) || isNotesHeader(lines, i) || isAttribution(lines, i);
}

/** Index of the first line of quoted history, or `lines.length` if none. */
export function findHistoryStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isQuotedLine(line)) return i;
    if (isSeparator(line)) return i;
    if (isHeaderBlock(lines, i)) {
      // Outlook puts a rule of underscores just above the header block.
      const prev = lines[i - 1];
      return prev !== undefined && UNDERSCORE_RULE.test(prev) ? i - 1 : i;
    }
    if (isAttribution(lines, i) || isNotesHeader(lines, i)) return i;
  }
  return lines.length;
}

/** What an inline reply wrote between the quoted lines, and the quoted lines. */
export interface InlineReply {
  /** From `start` on: the sender's own lines, quoted lines blanked (same count). */
  added: string[];
  /** The quoted lines and anything from the next history marker on. */
  history: string[];
}

/**
 * "Answers below:\n> question\nanswer\n> question\nanswer": when history
 * starts with a bare `>` block (no "On … wrote:" above it), the unquoted
 * lines between and after the quote blocks are the sender's new text. Stops
 * at the next attribution, separator or header block (older history). A
 * block that opens with a quoted attribution ("> On … wrote:") is a plain
 * quoted reply, not an inline one.
 */
export function findInlineReply(lines: readonly string[], start: number): InlineReply | undefined {
  const first = lines[start] ?? '';
  if (!isQuotedLine(first)) return undefined;
  const unquoted = lines.slice(start, start + 3).map((l) => l.replace(/^\s*>\s?/, ''));
  if (isAttribution(unquoted, 0) || isHistoryMarker(unquoted, 0)) return undefined;
  const added: string[] = [];
  const history: string[] = [];
  let sawNew = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isQuotedLine(line)) {
      added.push('');
      history.push(line);
      continue;
    }
    if (isHistoryMarker(lines, i)) break;
    added.push(line);
    if (line.trim() !== '') sawNew = true;
  }
  if (!sawNew) return undefined;
  return { added, history: history.concat(lines.slice(i)) };
}
