import { normalizeEmail } from '@/lib/model/constants';
import { LIST_ITEM, type Sentence } from './sentences';
import type { Address, EmailInput } from './types';

/**
 * Who an ask is aimed at. Sales often asks Legal, Finance or another rep with
 * the PM on cc, greets someone else, or hands each PM of a list a different
 * item (issue 15's blind set: 5 of 6 such mails were flagged). The reader is
 * known (their address is in settings), and so are To/Cc and the names the
 * mail uses, so an ask aimed elsewhere is not the reader's.
 */
export type Aim = 'reader' | 'group' | 'other' | 'unspecified';

export interface Addressing {
  /** Where the reader is among the recipients; `unknown` when no reader was given. */
  readerIn: 'to' | 'cc' | 'absent' | 'unknown';
  /** The greeting names the reader (or a group), names others only, or there is none. */
  greeting: Aim;
  /** Per sentence of the newest message: whom its vocative names. */
  sentenceAims: Aim[];
  /** Who was asked instead of the reader, for the explanation ("Legal"). */
  askedInstead: string | null;
  /** The reader's name parts (folded), to spot "Katrin is only on cc for information". */
  readerNames: string[];
}

/** Folds case and accents so "José", "jose" and "JOSÉ" match. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A name's parts worth matching: "Daniel Okafor" → daniel, okafor; "d.okafor@x" → okafor. */
export function nameParts(address: Address | undefined): string[] {
  if (!address) return [];
  const local = address.email.split('@')[0] ?? '';
  const words = `${address.name} ${local}`.split(/[\s._\-+,]+/);
  return [...new Set(words.map(fold).filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w)))];
}

/** Teams Sales asks instead of the PM, in the six languages too. */
const TEAM_WORDS = /^(?:legal|finance|security|procurement|accounting|billing|contracts|deal\s*desk|revops|sales\s*ops|compliance|infosec|recht|rechtsabteilung|finanzen|juridico|jur[ií]dico|finanzas|finance|juridique|financeiro|legale|finanza|juridisch|financi[eë]n)$/i;

/** Everyone: "Hi all", "Team,", "Hallo zusammen", "Hola a todos", "Bonjour à tous". */
const GROUP_WORDS = /^(?:all|everyone|everybody|team|folks|guys|y'?all|both|zusammen|allerseits|team|todos|todas|equipo|chicos|tous|toutes|l'[eé]quipe|[eé]quipe|pessoal|time|tutti|ragazzi|iedereen|allemaal|allen)$/i;

/** Greeting words that may precede the names in the first line. */
const GREETING =
  /^\s*(?:(?:hi|hey|hello|dear|morning|good\s+(?:morning|afternoon)|hallo|hi\s+there|moin|servus|liebe[rs]?|sehr\s+geehrte[rs]?|hola|buen(?:os|as)\s+d[ií]as|estimad[oa]s?|querid[oa]s?|bonjour|salut|cher|ch[eè]re|coucou|ol[aá]|oi|bom\s+dia|boa\s+tarde|prezad[oa]s?|ciao|buongiorno|buonasera|gentile|car[oa]|hoi|beste|goedemorgen|dag)\b[\s,]*)?/i;

/** The names of the first line when it is a greeting: "Hi Maria and Tom," → [maria, tom]. */
function greetedNames(firstLine: string): string[] | null {
  const g = GREETING.exec(firstLine);
  const rest = firstLine.slice(g?.[0].length ?? 0).trim();
  // A greeting line is short and ends in a comma, colon, dash or "!" (or nothing, when it was only words).
  const m = /^(@?[\p{L}'’ .&/-]{1,60}?)\s*(?:[,:!–—-]\s*)?$/u.exec(rest);
  if (!m || !m[1]) return g && g[0].trim() ? [] : null;
  if (!g?.[0].trim() && !/[,:!–—-]\s*$/.test(rest)) return null;
  return m[1]
    .split(/\s*(?:,|&|\/|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b)\s*/i)
    .map((w) => fold(w.replace(/^@/, '').trim().split(/\s+/)[0] ?? ''))
    .filter((w) => w.length >= 2);
}

function matchesReader(word: string, reader: readonly string[]): boolean {
  // "Dan" greets "Daniel"; both ways, at least three letters.
  return reader.some((r) => r === word || (word.length >= 3 && (r.startsWith(word) || word.startsWith(r))));
}

function aimOfNames(names: readonly string[], reader: readonly string[], known: readonly string[]): Aim {
  if (names.length === 0) return 'unspecified';
  if (names.some((n) => matchesReader(n, reader))) return 'reader';
  if (names.some((n) => GROUP_WORDS.test(n))) return 'group';
  if (names.some((n) => TEAM_WORDS.test(n) || known.includes(n))) return 'other';
  return 'unspecified';
}


/** A vocative opening the sentence: "Maria, can you…", "@tom please…", "Legal - could you…", "- Priya: Harbor draft". */
const VOCATIVE = /^(?:[-*•▪·–—]\s+|\d{1,2}[.)]\s+)?(?:(?:hi|hey|and|also|ok|so|oh|pd|ps|p\.s\.)[\s,]+)?@?(\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+)?)\s*(?:[,:–—-]|\s(?=(?:can|could|would|will|pls|please|kannst|könntest|puedes|podr[ií]as|peux|pourrais|pode|podes|consegue|puoi|potresti|kun|zou)\b))/u;

function sentenceAim(s: Sentence, reader: readonly string[], known: readonly string[]): Aim {
  const m = VOCATIVE.exec(s.text);
  if (!m?.[1]) return 'unspecified';
  const words = m[1].split(/\s+/).map(fold);
  // "Maria Lopez," names one person; only the first word has to be a known name.
  const first = words[0] ?? '';
  if (words.length > 1 && TEAM_WORDS.test(words.join(' '))) return 'other';
  return aimOfNames([first], reader, known);
}

/**
 * A manager's list hands each person an item ("- Tom: … No action. - Lena: …
 * Can you update…?"): the sentences of an item share the name that opens it,
 * until the next item or a blank line.
 */
function itemAims(newest: string, sentences: readonly Sentence[], reader: readonly string[], known: readonly string[]): Aim[] {
  let item: Aim = 'unspecified';
  let prevEnd = 0;
  return sentences.map((s) => {
    const own = sentenceAim(s, reader, known);
    if (LIST_ITEM.test(s.text)) item = own;
    else if (/\n[ \t]*\n/.test(newest.slice(prevEnd, s.start))) item = 'unspecified';
    prevEnd = s.end;
    return own !== 'unspecified' ? own : item;
  });
}

function where(email: EmailInput, reader: Address): Addressing['readerIn'] {
  const me = normalizeEmail(reader.email);
  const has = (list: Address[] | undefined) => Array.isArray(list) && list.some((a) => normalizeEmail(String(a?.email ?? '')) === me);
  if (has(email.to)) return 'to';
  if (has(email.cc)) return 'cc';
  return 'absent';
}

const capitalised = (w: string | undefined): string | null => (w ? w[0]!.toUpperCase() + w.slice(1) : null);

/** A readable name for whoever was asked: "Legal", "Maria Lopez", "legal@acme.com". */
function describe(list: Address[] | undefined): string | null {
  const first = Array.isArray(list) ? list[0] : undefined;
  if (!first) return null;
  const who = (first.name || first.email).trim();
  return list && list.length > 1 ? `${who} and others` : who;
}

/**
 * Reads who the newest message is aimed at. Without a reader (older corpora,
 * no own address in settings) every aim is `unspecified` and nothing changes.
 */
export function readAddressing(email: EmailInput, newest: string, sentences: readonly Sentence[], reader: Address | null | undefined): Addressing {
  const none: Addressing = { readerIn: 'unknown', greeting: 'unspecified', sentenceAims: sentences.map(() => 'unspecified'), askedInstead: null, readerNames: [] };
  if (!reader?.email) return none;
  const readerNames = nameParts(reader);
  const others = [...(email.to ?? []), ...(email.cc ?? [])].filter((a) => normalizeEmail(String(a?.email ?? '')) !== normalizeEmail(reader.email));
  const known = others.flatMap((a) => nameParts(a)).filter((n) => !readerNames.includes(n));
  const firstLine = newest.trimStart().split('\n', 1)[0] ?? '';
  const greeted = greetedNames(firstLine.slice(0, 80));
  const greeting = greeted ? aimOfNames(greeted, readerNames, known) : 'unspecified';
  const readerIn = where(email, reader);
  const askedInstead = readerIn === 'cc' ? describe(email.to) : greeting === 'other' ? capitalised(greeted?.[0]) : null;
  return { readerIn, greeting, sentenceAims: itemAims(newest, sentences, readerNames, known), askedInstead, readerNames };
}

/**
 * Whether sentence `i`'s ask is the reader's. A vocative decides; otherwise
 * the greeting; otherwise a reader only on cc is not the one asked, and one in
 * To (or not listed, as with a list mail) is.
 */
export function askIsForReader(a: Addressing, i: number): boolean {
  const own = a.sentenceAims[i] ?? 'unspecified';
  if (own !== 'unspecified') return own === 'reader' || own === 'group';
  if (a.greeting !== 'unspecified') return a.greeting === 'reader' || a.greeting === 'group';
  return a.readerIn !== 'cc';
}

/** True when some sentence or the greeting names the reader. */
export function readerNamed(a: Addressing): boolean {
  return a.greeting === 'reader' || a.sentenceAims.includes('reader');
}

/** Whether a sentence names the reader anywhere: "Katrin ist nur zur Info in Kopie". */
export function namesReader(a: Addressing, text: string): boolean {
  if (a.readerNames.length === 0) return false;
  const words = fold(text).split(/[^\p{L}]+/u);
  return words.some((w) => w.length >= 3 && a.readerNames.includes(w));
}
