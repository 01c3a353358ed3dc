import { NEGATED_ASK, SELF_HANDLED } from '../../patterns/asks';
import type { Hit } from '../../patterns/match';
import { clauseBounds } from '../../sentences';
import type { SentenceSignals } from '../../signals';

/** "before I send it", "Dana is handling it": the verb has someone else as subject. */
const OTHER_SUBJECT_PRONOUN = /\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:'ll|'d|'m|'re|'s|'ve|\s+(?:will|can|could|should|would|am|are|is|have|has))?\s+(?:just\s+|then\s+|also\s+|already\s+|going\s+to\s+|gonna\s+|be\s+)?$/;
const PROGRESSIVE_BEFORE = /\b(?:is|are|'s|'re|was|were|am|'m|been)\s+(?:just\s+|already\s+|currently\s+|now\s+|also\s+|still\s+)?$/i;
const OTHER_SUBJECT_NAME = /\b[A-Z][a-z]+(?:'s|\s+(?:is|will|can|has|should|would|could))\s+(?:just\s+|then\s+|also\s+|already\s+|going\s+to\s+|be\s+)?$/;

/**
 * A verb or deliverable after "no need to" or after the sender's own verb
 * ("I'll send the SOW") is not what the reader is asked for. Only the clause
 * text before the word counts, so "write a summary I can send them" keeps
 * both its verb and its summary.
 */
export function withdrawnBefore(s: SentenceSignals, hit: Hit): boolean {
  const rel = hit.start - s.sentence.start;
  const [from] = clauseBounds(s.sentence.text, rel);
  const before = s.sentence.text.slice(from, rel);
  return NEGATED_ASK.test(before) || SELF_HANDLED.test(before);
}

/** Is this verb something the reader is asked to do? */
export function readersVerb(s: SentenceSignals, verb: Hit): boolean {
  const rel = verb.start - s.sentence.start;
  const before = s.sentence.text.slice(Math.max(0, rel - 40), rel);
  if (OTHER_SUBJECT_PRONOUN.test(before) || OTHER_SUBJECT_NAME.test(before)) return false;
  // "Tyler's got it and is finishing it tonight": a progressive reports someone's work.
  if (/ing$/i.test(verb.text.split(/\s/)[0] ?? '') && PROGRESSIVE_BEFORE.test(before)) return false;
  // A capitalised verb mid-sentence is a name ("a call with Redline").
  return !/^[A-Z]/.test(verb.text) || verb === s.imperative || rel === 0;
}

/** Ask cues and an opening imperative, in sentence order. */
export function asksOf(s: SentenceSignals): Hit[] {
  return [...s.asks, ...(s.imperative ? [s.imperative] : [])].sort((a, b) => a.start - b.start);
}

/** A production verb the reader is asked to perform, after this ask. */
export function verbAfter(s: SentenceSignals, ask: Hit): Hit | undefined {
  return s.production.find((v) => v.start >= ask.start && readersVerb(s, v) && !withdrawnBefore(s, v));
}

export function withReason(hit: Hit, reason: string): Hit {
  return { ...hit, reason };
}
