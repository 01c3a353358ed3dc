import type { HitId } from '../../ids';
import { CAPITALISED, PROGRESSIVE, PROGRESSIVE_BEFORE } from '../../patterns/doer';
import { type Hit, WHITESPACE } from '../../patterns/match';
import { clauseBounds } from '../../sentences';
import type { SentenceSignals } from '../../signals';

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
  return s.pack.negatedAsk.test(before) || s.pack.selfHandled.test(before);
}

/** Is this verb something the reader is asked to do? */
export function readersVerb(s: SentenceSignals, verb: Hit): boolean {
  const rel = verb.start - s.sentence.start;
  const before = s.sentence.text.slice(Math.max(0, rel - 40), rel);
  if (s.pack.otherSubject.test(before)) return false;
  // "Tyler's got it and is finishing it tonight": a progressive reports someone's work.
  if (PROGRESSIVE.test(verb.text.split(WHITESPACE)[0] ?? '') && PROGRESSIVE_BEFORE.test(before)) return false;
  // A capitalised verb mid-sentence is a name ("a call with Redline").
  return !s.pack.capitalisedIsName || !CAPITALISED.test(verb.text) || verb === s.imperative || rel === 0;
}

/** Ask cues and an opening imperative, in sentence order. */
export function asksOf(s: SentenceSignals): readonly Hit[] {
  // The asks are already in order (findHits sorts them): with no imperative there is nothing to merge,
  // and the rules ask for this for every sentence, several times (issue 18: ~1% in copies and sorts).
  if (!s.imperative) return s.asks;
  return [...s.asks, s.imperative].sort((a, b) => a.start - b.start);
}

/** A production verb the reader is asked to perform, after this ask. */
export function verbAfter(s: SentenceSignals, ask: Hit): Hit | undefined {
  return s.production.find((v) => v.start >= ask.start && readersVerb(s, v) && !withdrawnBefore(s, v));
}

/** The span of `hit` with what the rule makes of it: a reason of its own, so an id of its own. */
export function withReason(hit: Hit, id: HitId, reason: string): Hit {
  return { ...hit, id, reason };
}

/** A deliverable as evidence: it keeps its cue's id; `note` says how it was bound ("referred to"). */
export function asDeliverable(d: Hit, note = ''): Hit {
  return { ...d, reason: `deliverable: ${d.reason}${note}` };
}
