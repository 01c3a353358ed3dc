import type { Hit } from '../../patterns/match';
import { type ContextDeliverables, contextWindow, hasAnaphorAfter, hasPronounAfter, type SentenceSignals } from '../../signals';
import { asDeliverable, withdrawnBefore } from './scope';

/** The sender takes a document on: "I'll open and do the commercials", "we will handle pricing". */
const SENDER_WILL_DO =
  /\b(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+can)\s+(?:[a-z]+\s+and\s+)?(?:do|handle|cover|take|own|write|draft|prepare|put\s+together)\b/i;

/** The deliverable an ask is about and how directly it was named (0..1). */
export interface Target {
  hits: Hit[];
  directness: number;
}

/** Named right there, pointed at and named nearby, or only in the subject/quoted mail. */
const DIRECTNESS = { named: 1, nearby: 0.91, contextOnly: 0.83 };

/**
 * The deliverable an ask is about: named in the sentence (after `from` unless
 * `anyInSentence`), or pointed at ("fill it out", "those sections") and named
 * earlier in the sentence, in the sentences around it, or in the subject
 * line or quoted mail (`context`).
 */
export function targetOf(
  all: readonly SentenceSignals[], i: number, from: number, anyInSentence: boolean, context: ContextDeliverables,
): Target | undefined {
  const s = all[i];
  if (!s) return undefined;
  const verb = s.production.find((v) => v.start === from);
  if (verb?.id === 'produce.negotiate') return { hits: [], directness: DIRECTNESS.nearby };
  const named = s.deliverables.filter((d) => (anyInSentence || d.start >= from) && !withdrawnBefore(s, d));
  if (named.length > 0) {
    return { hits: named.map((h) => asDeliverable(h)), directness: DIRECTNESS.named };
  }
  if (!hasAnaphorAfter(s, from)) return undefined;
  const earlier = s.deliverables.filter((d) => d.start < from && !withdrawnBefore(s, d));
  // "Charles will cover commercials", "I'll do the pricing": a document someone else takes is not the reader's
  // ("I've done 1-3" of the RFP still leaves the rest to the reader).
  const claimed = (c: SentenceSignals) => c.pack.otherDoer.test(c.sentence.text) || (c.pack.lang === 'en' && SENDER_WILL_DO.test(c.sentence.text));
  const nearby = [...earlier, ...contextWindow(all, i).filter((c) => !claimed(c)).flatMap((c) => c.deliverables)][0];
  if (nearby) {
    return { hits: [asDeliverable(nearby, ' (referred to)')], directness: DIRECTNESS.nearby };
  }
  // Reaching into the subject or quoted mail needs a plain "this"/"it", or an
  // object that is only part of a document ("responses", "the attached").
  return (hasPronounAfter(s, from) || contextPointerAfter(s, from)) && context().length > 0
    ? { hits: [], directness: DIRECTNESS.contextOnly }
    : undefined;
}

/** "prepare responses for…", "fill in the attached": the object right after the verb. */
function contextPointerAfter(s: SentenceSignals, from: number): boolean {
  const verb = s.production.find((v) => v.start === from);
  const at = (verb ? verb.end : from) - s.sentence.start;
  return s.pack.contextPointer.test(s.sentence.text.slice(at));
}
