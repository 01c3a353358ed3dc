import { findHits, findHitsIn, type Hit, WHITESPACE } from '../../patterns/match';
import { DELIVERABLE_WORDS, PRODUCTION_WORDS } from '../../patterns/typos';
import { type ContextDeliverables, contextWindow, type SentenceSignals } from '../../signals';
import { clauseAround } from '../../sentences';
import type { Finding } from '../finding';
import { asDeliverable, asksOf, readersVerb, verbAfter, withdrawnBefore, withReason } from './scope';
import { targetOf } from './target';
import { misspelt } from './typos';

/** How explicit the wording was, before the target's directness is applied. */
const STRENGTH = { verb: 0.92, chase: 0.88, chaseNoTarget: 0.8, assignment: 0.85, assignmentSubjectOnly: 0.7, generic: 0.8, terse: 0.75, status: 0.8, wanted: 0.78, needDone: 0.76, loose: 0.7 };

type Sentences = readonly SentenceSignals[];

/**
 * "Can you build the quote", "Please complete the packet", "fill it out?":
 * an ask followed by a known production verb whose object is a deliverable.
 */
export function verbAsk(all: Sentences, i: number, context: ContextDeliverables): Finding | undefined {
  const s = all[i];
  if (!s) return undefined;
  for (const ask of asksOf(s)) {
    const verb = withdrawnBefore(s, ask) ? undefined : verbAfter(s, ask);
    if (!verb) continue;
    const t = targetOf(all, i, verb.start, true, context);
    if (!t) continue;
    const hits = [...(ask === s.imperative ? [] : [ask]), verb, ...t.hits];
    if (t.hits.length === 0 && verb.id !== 'produce.negotiate') {
      hits.push(withReason(verb, 'pre.context-deliverable', 'refers to the deliverable named in the subject or quoted mail'));
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
    const aboutSignature = s.pack.signatureWords.test(s.sentence.text);
    if (!s.pack.customerTarget.test(rest) && !nearDeliverable && !aboutSignature) continue;
    return {
      hits: [...(first === verb ? [] : [first]), verb],
      strength: aboutSignature || nearDeliverable ? STRENGTH.chase : STRENGTH.chaseNoTarget,
    };
  }
  return undefined;
}

/** "I need the SOW from you", "who's writing the SOW? I was assuming you". */
export function assignment(all: Sentences, i: number, context: ContextDeliverables): Finding | undefined {
  const s = all[i];
  const cue = s?.assignments.find((c) => boundCue(all, i, c, context().length > 0));
  if (!s || !cue || withdrawnBefore(s, cue)) return undefined;
  if (cue.id === 'assign.need-object') {
    // "Just need a size so I know which pricing band": the object is an estimate, not the document.
    if (SIZE_OBJECT.test(s.sentence.text.slice(cue.end - s.sentence.start, cue.end - s.sentence.start + 30))) return undefined;
    // "Need the SOW? It's in the drive" offers the file.
    if (s.question) return undefined;
    const d = s.deliverables.find((h) => h.start >= cue.end && isObjectGap(s, cue.end, h.start));
    // "we need the SOW signed", "need the SOW template": the customer's act or a file, not work.
    if (d && s.pack.notWorkAfter.test(s.sentence.text.slice(d.end - s.sentence.start))) return undefined;
    if ([s, all[i + 1]].some((c) => c !== undefined && (c.pack.selfHandled.test(c.sentence.text) || c.pack.otherDoer.test(c.sentence.text)))) return undefined;
    return d ? { hits: [cue, asDeliverable(d)], strength: STRENGTH.assignment } : undefined;
  }
  const named = s.deliverables[0] ?? contextWindow(all, i).find((c) => c.deliverables.length > 0)?.deliverables[0];
  if (!named && context().length === 0) return undefined;
  return named
    ? { hits: [cue, asDeliverable(named)], strength: STRENGTH.assignment }
    : { hits: [cue], strength: STRENGTH.assignmentSubjectOnly };
}

/** An estimate as the object of "need": "need a size", "need a ballpark", "need a number of weeks". */
const SIZE_OBJECT = /^\s*(?:a|an|the|your|rough|quick)?\s*(?:rough\s+|quick\s+|high[-\s]level\s+)?(?:size|timeline|phasing|sizing|ballpark|estimate|range|number|figure|guess|feel)\b/i;

function isObjectGap(s: SentenceSignals, from: number, to: number): boolean {
  return s.pack.objectGap.test(s.sentence.text.slice(from - s.sentence.start, to - s.sentence.start).trimStart());
}

/** A handover that is a sentence of its own ("Over to you?") points at the sentence before. */
const BARE_HANDOVER_WORDS = 5;

function boundCue(all: Sentences, i: number, cue: Hit, subjectNamesDeliverable = false): boolean {
  const s = all[i];
  if (!s) return false;
  if (cue.id !== 'assign.handover') return true;
  // "It's all yours": the pointer may sit just before the cue.
  const rel = cue.start - s.sentence.start;
  if (s.pack.handoverPointer.test(s.sentence.text.slice(Math.max(0, rel - 8), rel) + cue.text)) return true;
  if (s.deliverables.some((d) => !withdrawnBefore(s, d))) return true;
  // "Over to you - I'm out till Monday": only the handover's own clause has to be bare.
  if (clauseAround(s.sentence.text, rel).trim().split(WHITESPACE).length > BARE_HANDOVER_WORDS) return false;
  // "Attached: CAIQ v4. Due Tue. All yours": the handover closes a short note about the document.
  return all.slice(Math.max(0, i - 3), i).some((p) => p.deliverables.some((d) => !withdrawnBefore(p, d))) ||
    (subjectNamesDeliverable && i <= 3);
}

/**
 * "Can you get their markup addressed?", "would you take the DPA?": an ask
 * with no known verb but a named deliverable after it. Checks, calls and
 * estimate questions that mention the SOW are not SOW work, and a bare
 * "please" is too weak to carry it.
 */
/** Documents whose review is itself contract work. */
const CONTRACT_DOCUMENTS: ReadonlySet<string> = new Set([
  'deliverable.sow', 'deliverable.msa', 'deliverable.order-form', 'deliverable.contract', 'deliverable.change-request',
  'deliverable.redlines', 'deliverable.nda-dpa', 'deliverable.contract-terms', 'deliverable.contract-section',
]);

export function genericAsk(all: Sentences, i: number, context: ContextDeliverables): Finding | undefined {
  const s = all[i];
  if (!s) return undefined;
  for (const ask of s.asks) {
    if (withdrawnBefore(s, ask) || verbAfter(s, ask) || s.pack.barePlease.test(ask.text)) continue;
    // A task notice's ask is carried from an earlier sentence (signals.ts): read from this sentence's start.
    const afterAsk = s.sentence.text.slice(Math.max(0, ask.end - s.sentence.start));
    // "Peux-tu relire le contrat-cadre ?": reading a contract document is contract work (the corpus label
    // guide); reading anything else is not production.
    // English says this with its own verbs (produce.review-contract), where "sanity-check the SOW" stays an estimate.
    const contractObject = s.pack.lang !== 'en' && s.deliverables.some((d) => d.start >= ask.end && CONTRACT_DOCUMENTS.has(d.id));
    if (s.pack.nonProductionAsk.test(afterAsk) && !contractObject) continue;
    if (findHitsIn(s.pack.estimate, { start: ask.end, end: s.sentence.end, text: afterAsk }, s.sentence).length > 0 && !contractObject) continue;
    const t = targetOf(all, i, ask.end, false, context);
    if (!t || t.hits.length === 0) continue;
    return { hits: [ask, ...t.hits], strength: STRENGTH.generic * t.directness };
  }
  return undefined;
}

const TERSE_MAX_WORDS = 10;

/** "sow for bellweather pls. need it by eod tmrw": a terse opening note naming a deliverable. */
export function terseAsk(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  const d = s?.deliverables[0];
  if (i !== 0 || !s || !d || withdrawnBefore(s, d)) return undefined;
  if (s.sentence.text.split(WHITESPACE).length > TERSE_MAX_WORDS) return undefined;
  // The note opens with the deliverable ("sow for X pls"), not "Please find the SOW".
  const before = s.sentence.text.slice(0, d.start - s.sentence.start);
  if (!s.pack.terseOpening.test(before)) return undefined;
  if (![s, all[i + 1]].some((c) => c !== undefined && c.pack.terseUrgency.test(c.sentence.text))) return undefined;
  return { hits: [asDeliverable(d, ' (terse request)')], strength: STRENGTH.terse };
}

/** "Status on the SOW revisions?": chasing the reader for a Sales deliverable. */
export function deliverableStatus(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  const status = s?.status[0];
  const d = s?.deliverables[0];
  if (!s || !status || !d || !(s.question || s.asks.length > 0) || withdrawnBefore(s, status)) return undefined;
  return {
    hits: [withReason(status, 'pre.chases-reader', 'chases the reader for a deliverable'), asDeliverable(d)],
    strength: STRENGTH.status,
  };
}

/**
 * "Harrow want the compliance matrix re-done. Could you go line by line…?":
 * the document and the work are named in the passive (this sentence or the
 * one before), and the ask carries no object of its own. Checks, calls and
 * estimate questions are still not production.
 */
export function wantedDoneAsk(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  if (!s) return undefined;
  const ask = asksOf(s).find((a) => !withdrawnBefore(s, a) && !s.pack.barePlease.test(a.text));
  if (!ask) return undefined;
  const afterAsk = s.sentence.text.slice(ask.end - s.sentence.start);
  if (s.pack.nonProductionAsk.test(afterAsk)) return undefined;
  if (findHitsIn(s.pack.estimate, { start: ask.end, end: s.sentence.end, text: afterAsk }, s.sentence).length > 0) return undefined;
  for (const c of [s, all[i - 1]]) {
    if (!c) continue;
    const wanted = findHits(c.pack.wantedDone, c.sentence).find((w) => !withdrawnBefore(c, w));
    const d = wanted && c.deliverables.find((h) => h.start >= wanted.start && h.end <= wanted.end);
    if (wanted && d) {
      return {
        hits: [ask, withReason(wanted, 'pre.wanted-done', 'the document is wanted done'), asDeliverable(d)],
        strength: STRENGTH.wanted,
      };
    }
  }
  return undefined;
}

/**
 * "Hey Lisa - Redwood's due diligence questionnaire has to be completed before
 * they'll shortlist us": a deliverable that has to be produced, said to the
 * reader with no doer named, is an ask of the reader. Not when the sender or
 * someone else takes it on in that sentence or the next ("…needs updating,
 * I'll do it tonight"), nor when it is only a question ("does it need to be
 * updated?").
 */
export function needDoneAsk(all: Sentences, i: number): Finding | undefined {
  const s = all[i];
  if (!s || s.question || s.deliverables.length === 0) return undefined;
  const need = findHits(s.pack.needsDone, s.sentence).find((h) => !withdrawnBefore(s, h));
  if (!need) return undefined;
  // The document is the subject: named before the need, in the same clause run.
  const d = s.deliverables.find((h) => h.end <= need.start && need.start - h.end <= 60 && !withdrawnBefore(s, h));
  if (!d) return undefined;
  const claimed = [s, all[i + 1]].some((c) => c !== undefined && (c.pack.selfHandled.test(c.sentence.text) || c.pack.otherDoer.test(c.sentence.text)));
  if (claimed) return undefined;
  return {
    hits: [asDeliverable(d), withReason(need, 'pre.needs-done', 'says it has to be done (asks the reader)')],
    strength: STRENGTH.needDone,
  };
}

/** A message longer than this is not one request: the loose gate below stays shut. */
const SHORT_MESSAGE_WORDS = 120;

/**
 * The last resort on a deal known to be open: a short message that asks the
 * reader for something ("can u finsh the proposl…?") and names one of Sales'
 * deliverables somewhere ("…still need the pricing tables"), even when typos
 * or loose wording keep the ask and the document from meeting in one
 * sentence. Asks that are checks, calls, estimates or status questions are
 * not counted, nor deliverables the sender claims or withdraws.
 */
export function looseAsk(all: Sentences): Finding | undefined {
  // Only a sentence with an ask can give a finding (the loop at the end); the checks before it are pure,
  // so a message without one is answered at once (issue 18: counting its words was ~1% of classify time).
  if (!all.some((s) => s.asks.length > 0)) return undefined;
  const words = all.reduce((n, s) => n + s.sentence.text.split(WHITESPACE).filter((w) => w !== '').length, 0);
  if (words > SHORT_MESSAGE_WORDS) return undefined;
  // Any withdrawal ("nothing for you to do") or an estimate/call question shuts it.
  if (all.some((s) => s.pack.negatedAsk.test(s.sentence.text))) return undefined;
  if (all.some((s) => s.estimate.length + s.join.length > 0 || ((s.question || s.asks.length > 0) && s.weakEstimate.length > 0))) return undefined;
  // The document must not be one the sender says they did or are doing ("I put the SOW together myself").
  const free = all.filter((s) => !s.pack.selfHandled.test(s.sentence.text) && !s.pack.otherDoer.test(s.sentence.text));
  const d = free.flatMap((s) => s.deliverables.filter((h) => !withdrawnBefore(s, h)))[0] ?? misspeltDeliverable(free);
  if (!d) return undefined;
  for (const s of all) {
    if (s.status.length + s.weakStatus.length > 0) continue;
    const ask = s.asks.find((a) => !withdrawnBefore(s, a) && !s.pack.barePlease.test(a.text));
    if (!ask) continue;
    const afterAsk = s.sentence.text.slice(ask.end - s.sentence.start);
    if (s.pack.nonProductionAsk.test(afterAsk) || s.pack.selfHandled.test(afterAsk)) continue;
    // The ask must be about work: a production or chase verb, a pointer, or a document (typos allowed).
    const aboutWork = s.production.length + s.chase.length + s.deliverables.length > 0 || s.pack.pronoun.test(afterAsk) ||
      misspelt(afterAsk, PRODUCTION_WORDS) !== undefined || misspelt(afterAsk, DELIVERABLE_WORDS) !== undefined;
    if (!aboutWork) continue;
    return {
      hits: [ask, asDeliverable(d, ' (named in the same short message)')],
      strength: STRENGTH.loose,
    };
  }
  return undefined;
}

/** "still need the pricng": a misspelt deliverable, as a hit. */
function misspeltDeliverable(all: Sentences): Hit | undefined {
  for (const s of all) {
    const m = misspelt(s.sentence.text, DELIVERABLE_WORDS);
    if (!m) continue;
    const start = s.sentence.start + m.index;
    const hit: Hit = { id: 'deliverable.misspelt', start, end: start + m.word.length, text: m.word, reason: 'deliverable (misspelt)' };
    if (!withdrawnBefore(s, hit)) return hit;
  }
  return undefined;
}
