/**
 * The one-line summary of a Sales request for the request log, built from the
 * classifier's evidence ids (`summary-cues.ts` says what each id means here).
 * Pure; never throws; message-derived text is cleaned of control and bidi
 * characters before it goes in.
 */
import { type HitId, parseEvidenceId } from '@/lib/classify/ids';
import { clip } from '@/lib/text';
import { clean, deliverablePhrase, deliverablesOf, type EvidenceLike } from './redirect';
import {
  ASK_WORDS_ONLY, CHASE_CUSTOMER, CHASED_FOR_DELIVERABLE, ESTIMATE_TOPIC, JOINS_A_CALL, lookup, QUOTES_THE_PROMISE,
  VERB_PHRASE,
} from './summary-cues';
import type { FlagLabel } from './wording';

export const MAX_SUMMARY_CHARS = 140;

/** One piece of the flag's own evidence, with its hit id. */
interface OwnHit {
  hit: HitId;
  text: string;
}

/**
 * The flag's own evidence: hits that counted for this label, or bare hit ids
 * (no scope); not another label's (`also-…`) nor the deal stage's.
 */
function ownEvidence(label: FlagLabel, evidence: readonly EvidenceLike[]): OwnHit[] {
  if (!Array.isArray(evidence)) return [];
  const own: OwnHit[] = [];
  for (const e of evidence.slice(0, 200)) {
    const id = e ? parseEvidenceId(e.id) : undefined;
    if (id && (id.scope === label || id.scope === null)) own.push({ hit: id.hit, text: e.text });
  }
  return own;
}

const PRONOUN = /\b(it|them|those|these|this|that|one|ones|him|her|us|you)\b/i;

/** Marks "the reader was chased" apart from any verb phrase. */
const CHASED = Symbol('chased');

/**
 * The verb of the first verb hit: a short pronoun-free text as written
 * ("put together"), else the phrase for its id ("fill it out" gives "fill
 * out"); chasing the customer is always said so.
 */
function verbOf(own: readonly OwnHit[]): string | typeof CHASED | null {
  for (const e of own) {
    if (e.hit === CHASED_FOR_DELIVERABLE) return CHASED;
    const phrase = lookup(VERB_PHRASE, e.hit);
    if (phrase === undefined) continue;
    if (phrase === CHASE_CUSTOMER) return phrase;
    const text = clean(e.text);
    if (/^[A-Za-z][A-Za-z -]*$/.test(text) && text.split(' ').length <= 5 && !PRONOUN.test(text)) {
      return text.toLowerCase();
    }
    return phrase;
  }
  return null;
}

/** `prefix` + “quote”, the quote clipped so the whole stays within the limit. */
function withQuote(prefix: string, quote: string): string {
  const q = clean(quote).replace(/[.!?;,:]+$/, '');
  if (!q) return prefix;
  const room = MAX_SUMMARY_CHARS - prefix.length - 4;
  if (room < 12) return clip(prefix, MAX_SUMMARY_CHARS, { atWord: true });
  return `${prefix}: “${clip(q, room, { atWord: true })}”`;
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The longest evidence text of at least `minWords` words, leaving out bare ask words ("could you", "?"). */
function longestText(own: readonly OwnHit[], minWords: number): string {
  let best = '';
  for (const e of own) {
    if (ASK_WORDS_ONLY.has(e.hit)) continue;
    const t = clean(e.text);
    if (t.split(' ').length >= minWords && t.length > best.length) best = t;
  }
  return best;
}

function summaryOf(label: FlagLabel, evidence: readonly EvidenceLike[]): string {
  const own = ownEvidence(label, evidence);
  switch (label) {
    case 'pre-contract-work': {
      const named = deliverablesOf(evidence);
      const what = named.length ? deliverablePhrase(named, label) : 'the contract paperwork';
      const verb = verbOf(own);
      if (verb === CHASED) return `Chased me for ${what} before signature`;
      return `Asked me to ${verb ?? 'work on'} ${what} before signature`;
    }
    case 'promise-without-check': {
      const promise = own.find((e) => lookup(QUOTES_THE_PROMISE, e.hit) === true);
      const quote = promise ? clean(promise.text) : longestText(own, 3);
      return withQuote('Promised the customer without checking with me', quote);
    }
    case 'estimate-request': {
      if (own.some((e) => e.hit === JOINS_A_CALL)) return 'Asked me to join a sales call';
      const topics: string[] = [];
      for (const e of own) {
        const t = lookup(ESTIMATE_TOPIC, e.hit);
        if (t && !topics.includes(t)) topics.push(t);
      }
      return topics.length ? `Asked for estimate input on ${listWords(topics.slice(0, 3))}` : 'Asked for estimate input';
    }
    case 'status-request':
      return withQuote('Asked for a status update', longestText(own, 2));
    default:
      return 'Sales request';
  }
}

/**
 * One line for the request log, built from the evidence, at most 140
 * characters: "Asked me to write the SOW before signature", "Promised the
 * customer without checking with me: “I told them we'd be live by the
 * 15th”", "Asked for estimate input on effort and timing".
 */
export function redirectSummary(label: FlagLabel, evidence: readonly EvidenceLike[]): string {
  try {
    return clip(summaryOf(label, evidence), MAX_SUMMARY_CHARS, { atWord: true });
  } catch {
    return 'Sales request';
  }
}
