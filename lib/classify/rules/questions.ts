import type { StatusCueId } from '../ids';
import { testIn, type Hit } from '../patterns/match';
import { contextWindow, type MessageSignals, type SentenceSignals } from '../signals';
import type { Finding } from './finding';

/** Status cues that only name a delivery topic: not enough inside a request for Sales work. */
const TOPIC_ONLY: ReadonlySet<string> = new Set<StatusCueId>(['status.kickoff', 'status.date', 'status.who-is-staffed']);

/** A direct ask or a question mark: enough for weak cues like "timeline". */
function directAsk(s: SentenceSignals): Hit | undefined {
  return s.asks[0] ?? s.imperative ?? (s.question ? questionMark(s) : undefined);
}

/** Assignments that ask for something ("need a rough effort range"), not hand-overs ("the kickoff date is yours"). */
const NEEDS_FROM_YOU: ReadonlySet<string> = new Set(['assign.need-object', 'assign.need-from-you', 'assign.need-it-done', 'assign.need-your-draft']);

/** Also "let me know", "would love", "their VP is asking", "need a rough effort range": enough for strong cues. */
function anyAsk(s: SentenceSignals): Hit | undefined {
  return directAsk(s) ?? s.softAsks[0] ?? s.assignments.find((a) => NEEDS_FROM_YOU.has(a.id));
}

function questionMark(s: SentenceSignals): Hit {
  const at = s.sentence.text.indexOf('?');
  return { id: 'question.mark', start: s.sentence.start + at, end: s.sentence.start + at + 1, text: '?', reason: 'asks a question' };
}

function finding(hits: Hit[], fallback: Hit[]): Finding | undefined {
  const unique = dedupe(hits);
  if (unique.length > 0) return { hits: unique, strength: unique.length >= 4 ? 0.88 : 0.8 };
  // Only a direct question about the work itself: fire, but less sure.
  const weak = dedupe(fallback);
  return weak.length > 0 ? { hits: weak, strength: 0.62 } : undefined;
}

/** A direct question that names delivery work ("is the Lumen integration ready?"). */
function workQuestion(s: SentenceSignals, direct: Hit | undefined): Hit[] {
  if (!direct || !s.question) return [];
  const m = s.pack.workNouns.exec(s.sentence.text);
  if (!m) return [];
  const start = s.sentence.start + m.index;
  return [direct, { id: 'question.about-work', start, end: start + m[0].length, text: m[0], reason: 'asks about the work itself' }];
}

/**
 * Effort, timing, staffing or feasibility questions, or joining a sales call.
 * With `explicitOnly` (no deal linked, no stage cue in the text) a bare
 * question about a work noun is not enough.
 */
export function findEstimateAsk(m: MessageSignals, explicitOnly = false): Finding | undefined {
  const hits: Hit[] = [];
  const fallback: Hit[] = [];
  m.sentences.forEach((s, i) => {
    const ask = anyAsk(s) ?? s.roughAnswer[0];
    const direct = directAsk(s);
    const strong = s.estimate[0];
    const weak = s.weakEstimate[0];
    if (ask && strong) hits.push(ask, strong);
    else if (direct && weak) hits.push(direct, weak);
    // "Weeks per stage would do": the form of a rough answer says what is asked.
    else if (s.roughAnswer[0] && weak) hits.push(s.roughAnswer[0], weak);
    const join = s.join[0];
    if (join && direct && meetingNamed(m, i)) {
      hits.push(direct, join);
    }
    // With no deal known, a question that only names a work noun says nothing about one.
    if (!explicitOnly) fallback.push(...workQuestion(s, direct));
  });
  return finding(hits, fallback);
}

/**
 * The meeting may be named nearby or only in the subject ("Invitation: discovery call"); looked for only when
 * asked to join. A function of its own, not a closure made for every sentence (issue 18: under tsx, which the
 * bench runs, naming that closure each time was ~0.8% of classify time).
 */
function meetingNamed(m: MessageSignals, i: number): boolean {
  const s = m.sentences[i]!;
  return [s, ...contextWindow(m.sentences, i)].some((c) => testIn(c.pack.meetingWords, c.sentence)) || m.pack.meetingWords.test(m.subject);
}

/**
 * Progress questions: status, update, where things stand, kickoff, on track.
 * In a sentence that asks for a document to be produced (`documentAsks`,
 * e.g. "can you update the SOW's milestone table for the CR?") the delivery
 * words describe the document, so only an explicit status cue counts there.
 * With `explicitOnly` (no deal linked and nothing in the text says it is
 * signed) a delivery word in a question ("you coming to the team braai?")
 * is not enough either: only explicit status cues count.
 */
export function findStatusAsk(
  m: MessageSignals, documentAsks: ReadonlySet<number> = new Set(), explicitOnly = false,
): Finding | undefined {
  const hits: Hit[] = [];
  const fallback: Hit[] = [];
  m.sentences.forEach((s, i) => {
    const ask = anyAsk(s);
    const direct = directAsk(s);
    const aboutDocument = documentAsks.has(i);
    // "the kickoff invoice" in a chase names a topic, not a progress question.
    const strong = s.status.find((h) => !aboutDocument || !TOPIC_ONLY.has(h.id));
    const weak = s.weakStatus[0];
    if (ask && strong) hits.push(ask, strong);
    // "Would you join us for dinner with their team?" invites; it asks nothing about the work.
    else if (direct && weak && !aboutDocument && !explicitOnly && s.join.length === 0) hits.push(direct, weak);
    if (!aboutDocument && !explicitOnly && s.join.length === 0) fallback.push(...workQuestion(s, direct));
  });
  return finding(hits, fallback);
}

export function dedupe<H extends Hit>(hits: readonly H[]): H[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.start}:${h.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
