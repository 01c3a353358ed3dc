import type {
  AskCueId, AssignmentCueId, ChaseCueId, CustomerExpectsCueId, DeliverableCueId, JoinCallCueId, NeedsDoneCueId,
  ProductionCueId, RoughAnswerCueId, SignedCueId, SoftAskCueId, StatusCueId, StrongEstimateCueId, StrongPromiseCueId,
  ToldCueId, UnsignedCueId, WantedDoneCueId, WeakEstimateCueId, WeakStatusCueId,
} from '../ids';
import type { Cue } from '../patterns/match';

/** The languages with a cue pack; anything else falls back (see `detect.ts`). */
export const PACK_LANGS = ['en', 'de', 'es', 'fr', 'pt', 'it', 'nl'] as const;
export type PackLang = (typeof PACK_LANGS)[number];

/**
 * Everything language-specific that the rules read. The English pack (`en.ts`)
 * is the patterns of `patterns/` unchanged; the other packs (`de.ts`…) reuse
 * the English cue ids, so evidence keeps one vocabulary (`produce.prepare` is
 * "erstellen" or "preparar"), the reasons stay English for the PM and the
 * evidence text is the sender's own words. The decision rules are the same
 * for every language.
 */
export interface LanguagePack {
  lang: PackLang;
  // ---- cue families (one per `SentenceSignals` field) ----
  asks: readonly Cue<AskCueId>[];
  assignments: readonly Cue<AssignmentCueId>[];
  softAsks: readonly Cue<SoftAskCueId>[];
  roughAnswer: readonly Cue<RoughAnswerCueId>[];
  production: readonly Cue<ProductionCueId>[];
  chase: readonly Cue<ChaseCueId>[];
  deliverables: readonly Cue<DeliverableCueId>[];
  estimate: readonly Cue<StrongEstimateCueId>[];
  weakEstimate: readonly Cue<WeakEstimateCueId>[];
  join: readonly Cue<JoinCallCueId>[];
  status: readonly Cue<StatusCueId>[];
  weakStatus: readonly Cue<WeakStatusCueId>[];
  strongPromise: readonly Cue<StrongPromiseCueId>[];
  told: readonly Cue<ToldCueId>[];
  customerExpects: readonly Cue<CustomerExpectsCueId>[];
  unsigned: readonly Cue<UnsignedCueId>[];
  signed: readonly Cue<SignedCueId>[];
  wantedDone: readonly Cue<WantedDoneCueId>[];
  needsDone: readonly Cue<NeedsDoneCueId>[];
  // ---- phrases the rules test (non-global) ----
  /** Greeting and filler that may precede an imperative verb. */
  imperativePrefix: RegExp;
  /** The ask is withdrawn ("no need", "nichts zu tun für dich"). */
  negatedAsk: RegExp;
  /** The sender does or did it ("I'll handle it", "lo hago yo"). */
  selfHandled: RegExp;
  /** After an ask: a check, a call or information, not production. */
  nonProductionAsk: RegExp;
  /** Someone other than the reader takes the work on. */
  otherDoer: RegExp;
  /** A subject pronoun or name right before a verb: someone else's verb. */
  otherSubject: RegExp;
  /** A capitalised word mid-sentence is a name, not a verb (English only). */
  capitalisedIsName: boolean;
  customerTarget: RegExp;
  signatureWords: RegExp;
  pronoun: RegExp;
  anaphor: RegExp;
  contextPointer: RegExp;
  notWorkAfter: RegExp;
  objectGap: RegExp;
  handoverPointer: RegExp;
  terseUrgency: RegExp;
  terseOpening: RegExp;
  barePlease: RegExp;
  promiseStems: RegExp;
  freebie: RegExp;
  firstPersonGiver: RegExp;
  commitmentContent: RegExp;
  notAPromise: RegExp;
  checkedWithPm: RegExp;
  customerRequest: RegExp;
  affirmed: RegExp;
  directCommitment: RegExp;
  meetingWords: RegExp;
  workNouns: RegExp;
}

/** Matches nothing: a phrase a language pack does not need. */
export const NEVER = /(?!)/;

/**
 * A word-bounded pattern for languages with accented letters: JavaScript's
 * `\b` only knows ASCII letters, so "überarbeiten" or "élaborer" would never
 * start a word. Global, case-insensitive, Unicode; linear as long as `src` is.
 */
export function words(src: string, flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`, flags);
}

/** The same, non-global, for `.test()`. */
export function phrase(src: string): RegExp {
  return words(src, 'iu');
}

