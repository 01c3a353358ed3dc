import type { HitId } from './ids';
import { EN } from './lang/en';
import type { LanguagePack } from './lang/pack';
import { findHits, type Hit } from './patterns/match';
import { MAX_CLASSIFY_CHARS } from './limits';
import { splitSentences, type Sentence } from './sentences';

/** Everything the pattern families found in one sentence. */
export interface SentenceSignals {
  sentence: Sentence;
  /** The language pack the sentence was read with; the rules test its phrases. */
  pack: LanguagePack;
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
  pack: LanguagePack;
  sentences: SentenceSignals[];
  /**
   * Deliverables named outside the newest message: in the subject line or the
   * quoted/forwarded text below it. Only used to resolve "can you handle
   * this?"; an ask that lives only down there never counts. Their hit ids.
   * Read on first call: most mails never ask for it, and reading up to
   * 1,500 characters of history for it was ~5% of the classifier's time (issue 18).
   */
  contextDeliverables: ContextDeliverables;
  /** The subject line without "Re:"/"Fwd:" (context only, like the above). */
  subject: string;
  /** Deal-stage cues in the sentences, read on first call: only a mail with no linked deal stage needs them (issue 18). */
  stageCues: () => { unsigned: Hit[]; signed: Hit[] };
}

/**
 * A production verb in base form opening the sentence. "Drafting it now" and
 * "Update: it went out" report the sender's own work, so they do not count.
 */
function imperativeOf(s: Sentence, production: Hit[], chase: Hit[], pack: LanguagePack): Hit | undefined {
  const prefix = pack.imperativePrefix.exec(s.text);
  const at = s.start + (prefix ? prefix[0].length : 0);
  const verb = [...production, ...chase].find((h) => h.start === at);
  if (!verb || /^\w+ing\b/i.test(verb.text)) return undefined;
  return /^\s*:/.test(s.text.slice(verb.end - s.start)) ? undefined : verb;
}

/** "No need for you to look at it": an ask that is withdrawn where it stands (English only; the packs' asks are verbs). */
const NEGATED_BEFORE = /\b(?:no\s+need|not|never|don'?t\s+need|doesn'?t\s+need|no\s+reason)\s+$/i;

function analyseSentence(sentence: Sentence, pack: LanguagePack): SentenceSignals {
  const production = findHits(pack.production, sentence);
  const chase = findHits(pack.chase, sentence);
  return {
    sentence,
    pack,
    asks: findHits(pack.asks, sentence).filter((h) => !NEGATED_BEFORE.test(sentence.text.slice(Math.max(0, h.start - sentence.start - 20), h.start - sentence.start))),
    assignments: findHits(pack.assignments, sentence),
    softAsks: findHits(pack.softAsks, sentence),
    roughAnswer: findHits(pack.roughAnswer, sentence),
    imperative: imperativeOf(sentence, production, chase, pack),
    question: sentence.text.includes('?'),
    production,
    chase,
    deliverables: findHits(pack.deliverables, sentence),
    estimate: findHits(pack.estimate, sentence),
    weakEstimate: findHits(pack.weakEstimate, sentence),
    join: findHits(pack.join, sentence),
    status: findHits(pack.status, sentence),
    weakStatus: findHits(pack.weakStatus, sentence),
  };
}

/** How much of the subject and of the quoted history is read for context. */
const CONTEXT_CHARS = 1_500;

function deliverablesIn(text: string, pack: LanguagePack): HitId[] {
  const s: Sentence = { start: 0, end: Math.min(text.length, CONTEXT_CHARS), text: text.slice(0, CONTEXT_CHARS) };
  return findHits(pack.deliverables, s).map((h) => h.id);
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

/** The hit ids of `MessageSignals.contextDeliverables`, read when first asked for. */
export type ContextDeliverables = () => readonly HitId[];

/** Runs the pack's cue families over the newest message (English unless told otherwise). */
export function collectSignals(text: string, subject: string, history = '', pack: LanguagePack = EN): MessageSignals {
  const sentences = carryTaskAssignment(splitSentences(text.slice(0, MAX_CLASSIFY_CHARS)).map((s) => analyseSentence(s, pack)));
  const stageCues = once(() => {
    const unsigned: Hit[] = [];
    const signed: Hit[] = [];
    for (const { sentence } of sentences) {
      unsigned.push(...findHits(pack.unsigned, sentence));
      signed.push(...findHits(pack.signed, sentence));
    }
    return { unsigned, signed };
  });
  const contextDeliverables = once((): readonly HitId[] => [...deliverablesIn(subject, pack), ...deliverablesIn(history, pack)]);
  return { text, pack, sentences, contextDeliverables, subject: subject.slice(0, CONTEXT_CHARS), stageCues };
}

/** `make()` on the first call, the same value after (the patterns are pure, so when they run does not change what they find). */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Sentences around index `i` that give context to "it", "this one", "those". */
export function contextWindow(all: readonly SentenceSignals[], i: number): SentenceSignals[] {
  return all.slice(Math.max(0, i - 3), i).concat(all.slice(i + 1, i + 3));
}

/** "handle this one?", "fill it out": a pronoun or an elided object after `at`. */
export function hasPronounAfter(s: SentenceSignals, at: number): boolean {
  const rest = s.sentence.text.slice(at - s.sentence.start);
  return s.pack.pronoun.test(rest) || /^\S+(?:\s+\S+)?\s*[?.!]?\s*$/.test(rest);
}

export function hasAnaphorAfter(s: SentenceSignals, at: number): boolean {
  const rest = s.sentence.text.slice(at - s.sentence.start);
  return s.pack.anaphor.test(rest) || /^[^.?!]{0,30}[:]\s*$/.test(rest) || /^\S+(?:\s+\S+)?\s*[?.!]?\s*$/.test(rest);
}
