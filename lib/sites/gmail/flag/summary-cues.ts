/**
 * What the request log's summary makes of each classifier hit, by hit id
 * (`lib/classify/ids.ts`). Keyed on ids, not on reason prose, so rewording a
 * reason never changes a summary. The tables over a whole cue family are
 * complete records: a new cue does not compile until it is given a line here.
 */
import type {
  ChaseCueId, CustomerExpectsCueId, HitId, ProductionCueId, RoughAnswerCueId, StrongEstimateCueId,
  StrongPromiseCueId, ToldCueId, WeakEstimateCueId,
} from '@/lib/classify/ids';

/** The verb for every verb that chases the customer, whatever the words were. */
export const CHASE_CUSTOMER = 'chase the customer for';

/**
 * The verb for "Asked me to … the SOW", when the evidence text itself cannot
 * serve (a pronoun, more than five words): "fill it out" gives "fill out".
 */
export const VERB_PHRASE: Record<ProductionCueId | ChaseCueId, string> = {
  'produce.write': 'write',
  'produce.draft': 'draft',
  'produce.build': 'build',
  'produce.put-together': 'put together',
  'produce.prepare': 'prepare',
  'produce.fill-out': 'fill out',
  'produce.revise': 'revise',
  'produce.negotiate': 'negotiate the contract',
  'produce.work-on': 'work on',
  'produce.first-pass': 'take a first pass at',
  'produce.take-part': 'take on part of',
  'produce.make-changes': 'make the changes to',
  // Shipping a document back or on to the customer is chasing them for it.
  'produce.send-back': CHASE_CUSTOMER,
  'produce.take-care': 'handle',
  'produce.get-done': 'work on',
  'produce.take-on': 'handle',
  'produce.take-items': 'take the items on',
  'produce.adapt': 'adapt or resolve changes',
  'produce.have-ready': 'draft',
  'produce.own': 'handle',
  'produce.turn-into': 'produce',
  'produce.answer': 'answer',
  'produce.send-to-customer': CHASE_CUSTOMER,
  'produce.review-contract': 'review',
  'produce.send': 'send',
  'produce.do': 'work on',
  'produce.propose-wording': 'propose wording',
  // "share it with the customer", "call them": phrases that lean on a pronoun give the generic verb.
  'produce.share': 'work on',
  'chase.chase': CHASE_CUSTOMER,
  'chase.follow-up': CHASE_CUSTOMER,
  'chase.ping': CHASE_CUSTOMER,
  'chase.get-signed': CHASE_CUSTOMER,
  'chase.get-signature': CHASE_CUSTOMER,
  'chase.track-down': CHASE_CUSTOMER,
  'chase.move-along': CHASE_CUSTOMER,
  'chase.nudge': CHASE_CUSTOMER,
  'chase.get-back': CHASE_CUSTOMER,
  'chase.reach-out': CHASE_CUSTOMER,
  'chase.call': 'work on',
  'chase.reminder': 'send a reminder',
};

/** The reader was chased for a deliverable ("Status on the SOW revisions?"). */
export const CHASED_FOR_DELIVERABLE: HitId = 'pre.chases-reader';

/** Hits whose text is the promise itself, quoted in the summary. */
export const QUOTES_THE_PROMISE: Record<
  StrongPromiseCueId | ToldCueId | CustomerExpectsCueId | 'promise.direct-commitment' | 'promise.accepted-request',
  boolean
> = {
  'promise.promised': true,
  'promise.committed': true,
  'promise.threw-in': true,
  'promise.offered': true,
  'promise.agreed-scope': true,
  'promise.no-cost': true,
  'promise.terse': true,
  'promise.been-promised': true,
  'promise.locked-in': true,
  'promise.had-to-agree': true,
  'promise.in-proposal': true,
  'promise.said-yes': true,
  'promise.told-customer': true,
  'promise.replied': true,
  'promise.told-after-and': true,
  'promise.told-other-language': true,
  'promise.told-terse': true,
  'promise.direct-commitment': true,
  // A bare "yes" and the customer's expectation say little alone: the longest text is quoted instead.
  'promise.accepted-request': false,
  'promise.customer-expects': false,
};

/**
 * Asks whose text is only the asking words ("could you", "please", "?"): never
 * quoted. "for you to" (`ask.for-you-to`) assigns rather than asks and has
 * always been quotable, so it is not here.
 */
export const ASK_WORDS_ONLY: ReadonlySet<string> = new Set<HitId>([
  'ask.can-you', 'ask.any-chance', 'ask.able-to', 'ask.have-time', 'ask.need-you-to', 'ask.request-you-to',
  'ask.like-you-to', 'ask.want-you-to', 'ask.please', 'ask.great-if', 'ask.if-you-could', 'ask.any-way',
  'ask.hoping', 'ask.would-you-mind', 'ask.want-you-on', 'ask.possible-that-you', 'ask.are-you-free',
  'ask.mind-doing', 'ask.got-a-chance', 'ask.can-you-other-language',
  'soft.let-me-know', 'soft.would-appreciate', 'soft.would-help', 'soft.when-you-can', 'soft.need-update',
  'soft.send-me',
  'question.mark',
]);

/** The estimate ask is to join a sales call. */
export const JOINS_A_CALL: HitId = 'join.call';

export type EstimateTopic = 'effort' | 'timing' | 'staffing' | 'feasibility' | 'a delivery check';

/** What an estimate ask is about, for "Asked for estimate input on effort and timing". */
export const ESTIMATE_TOPIC: Record<
  StrongEstimateCueId | WeakEstimateCueId | RoughAnswerCueId | 'soft.need-update',
  EstimateTopic
> = {
  'estimate.how-long': 'effort',
  'estimate.how-many': 'effort',
  'estimate.how-much': 'effort',
  'estimate.what-team': 'staffing',
  'estimate.what-it-takes': 'effort',
  'estimate.size-or-cost': 'effort',
  'estimate.effort': 'effort',
  'estimate.feasibility': 'feasibility',
  'estimate.delivery-check': 'a delivery check',
  'estimate.delivery-input': 'a delivery check',
  'estimate.can-live-with': 'a delivery check',
  'estimate.timing': 'timing',
  'estimate.staffing': 'staffing',
  'estimate.duration': 'timing',
  'estimate.per-stage': 'timing',
  // "A range is fine" asks for a rough size of the effort.
  'rough.is-enough': 'effort',
  'rough.would-do': 'effort',
  'rough.need-not-be-exact': 'effort',
  // "I need a quick update/estimate" has always read as a timing ask; kept so summaries stay as they were.
  'soft.need-update': 'timing',
};

/** `table[key]` when `key` is one of its ids, for ids that came from elsewhere. */
export function lookup<K extends string, V>(table: Record<K, V>, key: string | undefined): V | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key as K] : undefined;
}
