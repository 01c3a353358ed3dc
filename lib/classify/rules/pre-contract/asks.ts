import { STRONG_ESTIMATE_CUES } from '../../patterns/estimates';
import { findHits } from '../../patterns/match';
import { NON_PRODUCTION_ASK } from '../../patterns/non-production';
import { NEGOTIATION } from '../../patterns/production';
import { contextWindow, type SentenceSignals } from '../../signals';
import type { Finding } from '../finding';
import { asksOf, readersVerb, verbAfter, withdrawnBefore, withReason } from './scope';
import { targetOf } from './target';

/** How explicit the wording was, before the target's directness is applied. */
const STRENGTH = { verb: 0.92, chase: 0.88, chaseNoTarget: 0.8, assignment: 0.85, assignmentSubjectOnly: 0.7, generic: 0.8, terse: 0.75, status: 0.8 };

/** Customer-side targets for a chase: "their IT lead", "her", "the client". */
const CUSTOMER_TARGET = /\b(?:their|them|they|her|him|the\s+(?:client|customer|prospect))\b/i;
const SIGNATURE_WORDS = /\bsign(?:ed|ature|atures|\s+off)?\b|\bpaperwork\b/i;

type Sentences = readonly SentenceSignals[];

/**
 * "Can you build the quote", "Please complete the packet", "fill it out?":
 * an ask followed by a known production verb whose object is a deliverable.
 */
export function verbAsk(all: Sentences, i: number, context: readonly string[]): Finding | undefined {
  const s = all[i];
  if (!s) return undefined;
  for (const ask of asksOf(s)) {
    const verb = withdrawnBefore(s, ask) ? undefined : verbAfter(s, ask);
    if (!verb) continue;
    const t = targetOf(all, i, verb.start, true, context);
    if (!t) continue;
    const hits = [...(ask === s.imperative ? [] : [ask]), verb, ...t.hits];
    if (t.hits.length === 0 && verb.reason !== NEGOTIATION) {
      hits.push(withReason(verb, 'refers to the deliverable named in the subject or quoted mail'));
    }
    return { hits, strength: STRENGTH.verb * t.directness };
  }
  return undefined;
}

/** "Could you follow up with their IT lead and get it signed?" */
export function chaseAsk(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  const first = s ? asksOf(s)[0] : undefined;
  if (!s || !first) return undefined;
  for (const verb of s.chase) {
    if (verb.start < first.start || withdrawnBefore(s, verb) || !readersVerb(s, verb)) continue;
    const rest = s.sentence.text.slice(verb.start - s.sentence.start);
    const nearDeliverable = [s, ...contextWindow(all, i)].some((c) => c.deliverables.length > 0);
    const aboutSignature = SIGNATURE_WORDS.test(s.sentence.text);
    if (!CUSTOMER_TARGET.test(rest) && !nearDeliverable && !aboutSignature) continue;
    return {
      hits: [...(first === verb ? [] : [first]), verb],
      strength: aboutSignature || nearDeliverable ? STRENGTH.chase : STRENGTH.chaseNoTarget,
    };
  }
  return undefined;
}

/** "I need the SOW from you", "who's writing the SOW? I was assuming you". */
export function assignment(all: Sentences, i: number, context: readonly string[]): Finding | undefined {
  const s = all[i];
  const cue = s?.assignments[0];
  if (!s || !cue || withdrawnBefore(s, cue)) return undefined;
  const named = [s, ...contextWindow(all, i)].flatMap((c) => c.deliverables)[0];
  if (!named && context.length === 0) return undefined;
  return named
    ? { hits: [cue, withReason(named, `deliverable: ${named.reason}`)], strength: STRENGTH.assignment }
    : { hits: [cue], strength: STRENGTH.assignmentSubjectOnly };
}

/**
 * "Can you get their markup addressed?", "would you take the DPA?": an ask
 * with no known verb but a named deliverable after it. Checks, calls and
 * estimate questions that mention the SOW are not SOW work, and a bare
 * "please" is too weak to carry it.
 */
export function genericAsk(all: Sentences, i: number, context: readonly string[]): Finding | undefined {
  const s = all[i];
  if (!s) return undefined;
  for (const ask of s.asks) {
    if (withdrawnBefore(s, ask) || verbAfter(s, ask) || /^(?:please|pls|plz|kindly)$/i.test(ask.text)) continue;
    const afterAsk = s.sentence.text.slice(ask.end - s.sentence.start);
    if (NON_PRODUCTION_ASK.test(afterAsk)) continue;
    if (findHits(STRONG_ESTIMATE_CUES, { start: ask.end, end: s.sentence.end, text: afterAsk }).length > 0) continue;
    const t = targetOf(all, i, ask.end, false, context);
    if (!t || t.hits.length === 0) continue;
    return { hits: [ask, ...t.hits], strength: STRENGTH.generic * t.directness };
  }
  return undefined;
}

/** Words that make a short note about a deliverable a request. */
const TERSE_URGENCY = /\b(?:pls|please|plz|asap|need\s+(?:it|this|them)|by\s+(?:eod|cob|eow|tmrw|tomorrow|tonight|today|mon|tue|wed|thu|fri|\w+day))\b/i;
const TERSE_MAX_WORDS = 10;

/** "sow for bellweather pls. need it by eod tmrw": a terse opening note naming a deliverable. */
export function terseAsk(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  const d = s?.deliverables[0];
  if (i !== 0 || !s || !d || withdrawnBefore(s, d)) return undefined;
  if (s.sentence.text.split(/\s+/).length > TERSE_MAX_WORDS) return undefined;
  // The note opens with the deliverable ("sow for X pls"), not "Please find the SOW".
  const before = s.sentence.text.slice(0, d.start - s.sentence.start);
  if (!/^(?:(?:need|the|a|an|new|updated|revised|final|draft)\s+){0,2}$/i.test(before)) return undefined;
  if (![s, all[i + 1]].some((c) => c !== undefined && TERSE_URGENCY.test(c.sentence.text))) return undefined;
  return { hits: [withReason(d, `deliverable: ${d.reason} (terse request)`)], strength: STRENGTH.terse };
}

/** "Status on the SOW revisions?": chasing the reader for a Sales deliverable. */
export function deliverableStatus(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  const status = s?.status[0];
  const d = s?.deliverables[0];
  if (!s || !status || !d || !(s.question || s.asks.length > 0) || withdrawnBefore(s, status)) return undefined;
  return {
    hits: [withReason(status, 'chases the reader for a deliverable'), withReason(d, `deliverable: ${d.reason}`)],
    strength: STRENGTH.status,
  };
}
