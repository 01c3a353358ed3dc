import { askIsForReader, readAddressing, type Addressing } from './addressee';
import type { MessageSignals, SentenceSignals } from './signals';
import type { Address, EmailInput } from './types';

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
    (s, i) => askIsForReader(addressing, i) && s.pack.negatedAsk.test(s.sentence.text) && (aims[i] === 'reader' || addressing.greeting === 'reader' || addressing.readerIn !== 'cc'),
  );
  let mutedAny = false;
  const sentences = m.sentences.map((s, i) => {
    const keep = askIsForReader(addressing, i) && !(toldNothingNeeded && (aims[i] !== 'reader' || s.pack.negatedAsk.test(s.sentence.text)));
    if (keep) return s;
    mutedAny ||= hasAsk(s);
    return muted(s);
  });
  return { signals: { ...m, sentences }, addressing, mutedAny };
}

function hasAsk(s: SentenceSignals): boolean {
  return s.asks.length > 0 || s.assignments.length > 0 || s.softAsks.length > 0 || s.imperative !== undefined || s.question;
}
