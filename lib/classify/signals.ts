import type { HitId } from './ids';
import { ASK_CUES, ASSIGNMENT_CUES, ROUGH_ANSWER_CUES, SOFT_ASK_CUES } from './patterns/asks';
import { SIGNED_CUES, UNSIGNED_CUES } from './patterns/deal-stage';
import { ALL_DELIVERABLES, ANAPHOR, PRONOUN } from './patterns/deliverables';
import { JOIN_CALL_CUES, STRONG_ESTIMATE_CUES, WEAK_ESTIMATE_CUES } from './patterns/estimates';
import { findHits, type Hit } from './patterns/match';
import { CHASE_VERBS, PRODUCTION_VERBS } from './patterns/production';
import { STATUS_CUES, WEAK_STATUS_CUES } from './patterns/status';
import { MAX_CLASSIFY_CHARS } from './limits';
import { splitSentences, type Sentence } from './sentences';

/** Everything the pattern families found in one sentence. */
export interface SentenceSignals {
  sentence: Sentence;
  asks: Hit[];
  assignments: Hit[];
  softAsks: Hit[];
  /** "A range is fine": only meaningful next to an estimate cue. */
  roughAnswer: Hit[];
  /** A production verb that opens the sentence ("Please complete…", "Just write it up"). */
  imperative: Hit | undefined;
  question: boolean;
  production: Hit[];
  chase: Hit[];
  deliverables: Hit[];
  estimate: Hit[];
  weakEstimate: Hit[];
  join: Hit[];
  status: Hit[];
  weakStatus: Hit[];
}

export interface MessageSignals {
  text: string;
  sentences: SentenceSignals[];
  /**
   * Deliverables named outside the newest message: in the subject line or the
   * quoted/forwarded text below it. Only used to resolve "can you handle
   * this?"; an ask that lives only down there never counts. Their hit ids.
   */
  contextDeliverables: HitId[];
  /** The subject line without "Re:"/"Fwd:" (context only, like the above). */
  subject: string;
  unsigned: Hit[];
  signed: Hit[];
}

/** Greeting, name and filler words that may precede an imperative verb. */
const IMPERATIVE_PREFIX =
  /^(?:(?:[-*•▪·–—]|\d{1,2}[.)]|[a-z][.)])\s+)?(?:(?:hi|hey|hello|ok(?:ay)?|so|and|also|then|just|pls|please|kindly|quick\s+one|one\s+more\s+thing)\b[\s,:;!.-]*)*(?:[A-Z][\w'’]*\s*[-–—,:]\s+)?(?:(?:just|also|and|then|pls|please|kindly|can\s+u|could\s+u)\s+)*/i;

/**
 * A production verb in base form opening the sentence. "Drafting it now" and
 * "Update: it went out" report the sender's own work, so they do not count.
 */
function imperativeOf(s: Sentence, production: Hit[], chase: Hit[]): Hit | undefined {
  const prefix = IMPERATIVE_PREFIX.exec(s.text);
  const at = s.start + (prefix ? prefix[0].length : 0);
  const verb = [...production, ...chase].find((h) => h.start === at);
  if (!verb || /^\w+ing\b/i.test(verb.text)) return undefined;
  return /^\s*:/.test(s.text.slice(verb.end - s.start)) ? undefined : verb;
}

function analyseSentence(sentence: Sentence): SentenceSignals {
  const production = findHits(PRODUCTION_VERBS, sentence);
  const chase = findHits(CHASE_VERBS, sentence);
  return {
    sentence,
    asks: findHits(ASK_CUES, sentence),
    assignments: findHits(ASSIGNMENT_CUES, sentence),
    softAsks: findHits(SOFT_ASK_CUES, sentence),
    roughAnswer: findHits(ROUGH_ANSWER_CUES, sentence),
    imperative: imperativeOf(sentence, production, chase),
    question: sentence.text.includes('?'),
    production,
    chase,
    deliverables: findHits(ALL_DELIVERABLES, sentence),
    estimate: findHits(STRONG_ESTIMATE_CUES, sentence),
    weakEstimate: findHits(WEAK_ESTIMATE_CUES, sentence),
    join: findHits(JOIN_CALL_CUES, sentence),
    status: findHits(STATUS_CUES, sentence),
    weakStatus: findHits(WEAK_STATUS_CUES, sentence),
  };
}

/** How much of the subject and of the quoted history is read for context. */
const CONTEXT_CHARS = 1_500;

function deliverablesIn(text: string): HitId[] {
  const s: Sentence = { start: 0, end: Math.min(text.length, CONTEXT_CHARS), text: text.slice(0, CONTEXT_CHARS) };
  return findHits(ALL_DELIVERABLES, s).map((h) => h.id);
}

/** How many sentences after "X has assigned you a task" belong to the task (its subject, due date, comments). */
const TASK_SPAN = 8;

/**
 * A task notice from a CRM or task tool is an ask for everything the task
 * says: its subject and comments ("Project status for the QBR", "Draft SOW")
 * carry the assignment's ask, as if Sales had written "can you…".
 */
function carryTaskAssignment(sentences: SentenceSignals[]): SentenceSignals[] {
  const at = sentences.findIndex((s) => s.asks.some((h) => h.id === 'ask.task-assigned'));
  if (at < 0) return sentences;
  const task = sentences[at]!.asks.find((h) => h.id === 'ask.task-assigned')!;
  return sentences.map((s, i) => (i > at && i <= at + TASK_SPAN && s.asks.length === 0 ? { ...s, asks: [task] } : s));
}

export function collectSignals(text: string, subject: string, history = ''): MessageSignals {
  const sentences = carryTaskAssignment(splitSentences(text.slice(0, MAX_CLASSIFY_CHARS)).map(analyseSentence));
  const unsigned: Hit[] = [];
  const signed: Hit[] = [];
  for (const { sentence } of sentences) {
    unsigned.push(...findHits(UNSIGNED_CUES, sentence));
    signed.push(...findHits(SIGNED_CUES, sentence));
  }
  const contextDeliverables = [...deliverablesIn(subject), ...deliverablesIn(history)];
  return { text, sentences, contextDeliverables, subject: subject.slice(0, CONTEXT_CHARS), unsigned, signed };
}

/** Sentences around index `i` that give context to "it", "this one", "those". */
export function contextWindow(all: readonly SentenceSignals[], i: number): SentenceSignals[] {
  return all.slice(Math.max(0, i - 3), i).concat(all.slice(i + 1, i + 3));
}

/** "handle this one?", "fill it out": a pronoun or an elided object after `at`. */
export function hasPronounAfter(s: SentenceSignals, at: number): boolean {
  const rest = s.sentence.text.slice(at - s.sentence.start);
  return PRONOUN.test(rest) || /^\S+(?:\s+\S+)?\s*[?.!]?\s*$/.test(rest);
}

export function hasAnaphorAfter(s: SentenceSignals, at: number): boolean {
  const rest = s.sentence.text.slice(at - s.sentence.start);
  return ANAPHOR.test(rest) || /^[^.?!]{0,30}[:]\s*$/.test(rest) || /^\S+(?:\s+\S+)?\s*[?.!]?\s*$/.test(rest);
}
