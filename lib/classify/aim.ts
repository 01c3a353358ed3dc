import { askIsForReader, namesReader, readAddressing, type Addressing } from './addressee';
import type { Hit } from './patterns/match';
import { LIST_ITEM } from './sentences';
import type { MessageSignals, SentenceSignals } from './signals';
import type { Address, EmailInput } from './types';

/**
 * "Nothing needed from you", said of the reader's whole part: stronger than a
 * clause's "no need to write it up", which only drops one step of an ask.
 */
const NOTHING_NEEDED =
  /\b(?:nothing\s+(?:else\s+|more\s+)?(?:needed|required|to\s+do)\s+(?:from|for|on\s+the\s+part\s+of)\s+(?:you|u)|nothing\s+for\s+(?:you|u)\s+to\s+do|no\s+action\s+(?:needed|required|for\s+you|on\s+your\s+(?:side|part|end))|(?:you\s+)?(?:don'?t|do\s+not)\s+need\s+to\s+do\s+anything|no\s+need\s+for\s+you\s+to\s+do\s+anything|not\s+asking\s+you\s+(?:to\s+do\s+anything|for\s+anything)|(?:just\s+(?:an?\s+)?)?FYI\s+only|(?:^|[.!]\s*)no\s+action\.?\s*$|\bno\s+action\s+for\s+(?:him|her|them)|\b(?:only\s+)?(?:on\s+)?(?:cc|cc'?d|copied(?:\s+in)?)\s+(?:for\s+(?:info(?:rmation)?|visibility|awareness|reference)|as\s+(?:an?\s+)?FYI)\b)/im;

/** English reads the narrow form above; the other packs' negations are already of that kind ("nichts zu tun für dich"). */
function nothingNeeded(s: SentenceSignals): boolean {
  return s.pack.lang === 'en' ? NOTHING_NEEDED.test(s.sentence.text) : s.pack.negatedAsk.test(s.sentence.text);
}

/** A sentence whose ask is someone else's: its names and documents stay (context), its asks go. */
function muted(s: SentenceSignals): SentenceSignals {
  return {
    ...s, asks: [], assignments: [], softAsks: [], roughAnswer: [], imperative: undefined, question: false,
    production: [], chase: [], estimate: [], weakEstimate: [], join: [], status: [], weakStatus: [],
  };
}

export interface Aimed {
  signals: MessageSignals;
  addressing: Addressing;
  /** Some ask was dropped because it was aimed at someone else. */
  mutedAny: boolean;
}

/**
 * Keeps only the asks aimed at the reader (lib/classify/addressee.ts). A
 * "nothing needed from you" aimed at the reader silences every ask not
 * explicitly put to them in a sentence of its own. Promises are read on the
 * whole text elsewhere: Sales may promise the customer with the reader on cc.
 */
export function aimAtReader(m: MessageSignals, email: EmailInput, reader: Address | null | undefined): Aimed {
  const addressing = readAddressing(email, m.text, m.sentences.map((s) => s.sentence), reader);
  if (addressing.readerIn === 'unknown') return { signals: m, addressing, mutedAny: false };
  const aims = addressing.sentenceAims;
  const toldNothingNeeded = m.sentences.some(
    // Only when said to the reader alone: "Tom: no action" in a list, or "Hi all … no action" says nothing of the reader's item.
    (s, i) => nothingNeeded(s) && (aims[i] === 'reader' || namesReader(addressing, s.sentence.text) || (aims[i] === 'unspecified' && addressing.greeting !== 'group' && addressing.readerIn !== 'cc')),
  );
  let mutedAny = false;
  const sentences = m.sentences.map((s, i) => (aims[i] === 'reader' ? withOwnedItem(s, m.sentences.slice(i + 1, i + 3)) : s)).map((s, i) => {
    const keep = askIsForReader(addressing, i) && !(toldNothingNeeded && (aims[i] !== 'reader' || nothingNeeded(s)));
    if (keep) return s;
    mutedAny ||= hasAsk(s);
    return muted(s);
  });
  return { signals: { ...m, sentences }, addressing, mutedAny };
}

/** "Priya - …", "Ben: …": a name, then a dash or a colon. */
const DASH_ITEM = /^\p{Lu}[\p{L}'’]+\s*[-–—:]\s/u;
const DEADLINE = /\b(?:by|due|before|please|pls|need|asap|EOD|EOW)\b/i;

/** A part of a document: "Section 4 - Implementation methodology", "tabs D and G", "questions 12-30". */
const DOCUMENT_PART = /\b(?:sections?|chapters?|parts?|tabs?|questions?|rows?|appendi(?:x|ces)|annex(?:es)?)\s+(?:\d{1,3}|[A-Z])\b/i;

/**
 * A list item that names the reader and a part of a document ("- Paul: Section 4 -
 * Implementation methodology") hands that part over: an assignment, whose
 * document (the RFP, the questionnaire) the rules find nearby or in the subject.
 */
function withOwnedItem(s: SentenceSignals, next: readonly SentenceSignals[]): SentenceSignals {
  if (s.assignments.length > 0) return s;
  // A list without bullets: "Priya - SOW draft for Altus. By Weds please." names the reader, a document and a deadline.
  const listed = LIST_ITEM.test(s.sentence.text) || (DASH_ITEM.test(s.sentence.text) && [s, ...next].some((c) => DEADLINE.test(c.sentence.text)));
  if (!listed) return s;
  const part = DOCUMENT_PART.exec(s.sentence.text);
  // "- Anita: the SOW draft for Lumen, by Wednesday": the item's document is the reader's.
  const doc = s.deliverables[0];
  if (!part && !doc) return s;
  const start = part ? s.sentence.start + part.index : doc!.start;
  const text = part ? part[0] : doc!.text;
  const hit: Hit = { id: 'assign.your-sections', start, end: start + text.length, text, reason: 'hands it to you in the list' };
  return { ...s, assignments: [hit] };
}

function hasAsk(s: SentenceSignals): boolean {
  return s.asks.length > 0 || s.assignments.length > 0 || s.softAsks.length > 0 || s.imperative !== undefined || s.question;
}
