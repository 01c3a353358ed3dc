/**
 * Stable ids of the classifier's cues, hits and evidence. Reasons are prose
 * for the PM and may be reworded; code that needs to know what was found
 * (the request log's summary, the topic checks) keys on these ids instead.
 * Each list is in the order of its cue array (a unit test holds them
 * together), so adding a cue means adding its id here, and a misspelt id is
 * a compile error wherever it is written.
 *
 * Cue ids are `family.name`. Evidence ids add where the hit counted:
 * `pre-contract-work/ask.can-you`, `deal-stage/stage.not-signed`,
 * `also-status-request/status.kickoff`.
 *
 * No patterns here: the id lists are small enough for any bundle to import.
 */
import type { Label } from './types';

/** Request language aimed at the reader (`ASK_CUES`). */
export const ASK_CUE_IDS = [
  'ask.can-you', 'ask.any-chance', 'ask.able-to', 'ask.have-time', 'ask.need-you-to', 'ask.request-you-to',
  'ask.like-you-to', 'ask.want-you-to', 'ask.please', 'ask.great-if', 'ask.for-you-to', 'ask.if-you-could',
  'ask.any-way', 'ask.hoping', 'ask.would-you-mind', 'ask.want-you-on', 'ask.possible-that-you', 'ask.are-you-free',
  'ask.mind-doing', 'ask.got-a-chance', 'ask.can-you-other-language', 'ask.task-assigned',
] as const;

/** Work handed to the reader without a verb (`ASSIGNMENT_CUES`). */
export const ASSIGNMENT_CUE_IDS = [
  'assign.need-from-you', 'assign.from-your-side', 'assign.need-your-draft', 'assign.need-it-done',
  'assign.need-it-answered', 'assign.need-object', 'assign.right-person', 'assign.handover', 'assign.assumed',
  'assign.who-is-doing', 'assign.your-sections', 'assign.draft-due', 'assign.left-for-you', 'assign.for-your-handling',
] as const;

/** Softer asks, for estimate and status questions only (`SOFT_ASK_CUES`). */
export const SOFT_ASK_CUE_IDS = [
  'soft.let-me-know', 'soft.would-appreciate', 'soft.would-help', 'soft.when-you-can', 'soft.need-update',
  'soft.send-me', 'soft.indication', 'soft.wants-to-know', 'soft.passed-on', 'soft.is-needed', 'soft.keep-informed', 'soft.checking',
] as const;

/** "A range is fine" (`ROUGH_ANSWER_CUES`). */
export const ROUGH_ANSWER_CUE_IDS = ['rough.is-enough', 'rough.would-do', 'rough.need-not-be-exact'] as const;

/** Producing or finishing a document (`PRODUCTION_VERBS`). */
export const PRODUCTION_CUE_IDS = [
  'produce.write', 'produce.draft', 'produce.build', 'produce.put-together', 'produce.prepare', 'produce.fill-out',
  'produce.revise', 'produce.negotiate', 'produce.work-on', 'produce.first-pass', 'produce.take-part',
  'produce.make-changes', 'produce.send-back', 'produce.take-care', 'produce.get-done', 'produce.take-on',
  'produce.take-items', 'produce.adapt', 'produce.have-ready', 'produce.own', 'produce.turn-into', 'produce.answer',
  'produce.send-to-customer', 'produce.review-contract', 'produce.send', 'produce.do', 'produce.propose-wording', 'produce.share',
] as const;

/** Chasing the customer (`CHASE_VERBS`). */
export const CHASE_CUE_IDS = [
  'chase.chase', 'chase.follow-up', 'chase.ping', 'chase.get-signed', 'chase.get-signature', 'chase.track-down',
  'chase.move-along', 'chase.nudge', 'chase.get-back', 'chase.reach-out', 'chase.call', 'chase.reminder',
] as const;

/** A document wanted done, in the passive (`WANTED_DONE`). */
export const WANTED_DONE_CUE_IDS = ['wanted.done'] as const;

/** A document that has to be done, or still needs a part (`NEEDS_DONE`). */
export const NEEDS_DONE_CUE_IDS = ['needs.done', 'needs.part'] as const;

/** Sales' deliverables (`CONTRACTING_DELIVERABLES`, then `PRESALE_DELIVERABLES`). */
export const DELIVERABLE_CUE_IDS = [
  'deliverable.sow', 'deliverable.msa', 'deliverable.order-form', 'deliverable.contract', 'deliverable.change-request',
  'deliverable.redlines', 'deliverable.nda-dpa', 'deliverable.paperwork', 'deliverable.purchase-order',
  'deliverable.contract-terms', 'deliverable.contract-section',
  'deliverable.proposal', 'deliverable.rfp', 'deliverable.customer-material', 'deliverable.questionnaire',
  'deliverable.questionnaire-name', 'deliverable.quote', 'deliverable.vendor-forms', 'deliverable.collateral',
] as const;

/** Effort, size, feasibility and delivery-check asks (`STRONG_ESTIMATE_CUES`). */
export const STRONG_ESTIMATE_CUE_IDS = [
  'estimate.how-long', 'estimate.how-many', 'estimate.how-much', 'estimate.what-team', 'estimate.what-it-takes',
  'estimate.size-or-cost', 'estimate.effort', 'estimate.feasibility', 'estimate.delivery-check',
  'estimate.delivery-input', 'estimate.can-live-with',
] as const;

/** Timing and staffing words (`WEAK_ESTIMATE_CUES`). */
export const WEAK_ESTIMATE_CUE_IDS = ['estimate.timing', 'estimate.staffing', 'estimate.duration', 'estimate.per-stage'] as const;

/** Joining a sales call (`JOIN_CALL_CUES`). */
export const JOIN_CALL_CUE_IDS = ['join.call'] as const;

/** Progress asks (`STATUS_CUES`). */
export const STATUS_CUE_IDS = [
  'status.status', 'status.any-update', 'status.update-on', 'status.where-are-we', 'status.how-is-it-going',
  'status.how-close', 'status.where-things-stand', 'status.on-track', 'status.progress', 'status.look-like',
  'status.check-in', 'status.how-it-went', 'status.latest-report', 'status.where-at', 'status.date',
  'status.what-to-know', 'status.started', 'status.next-steps', 'status.kickoff', 'status.who-is-staffed',
  'status.whats-new', 'status.whats-going-on', 'status.have-a-date', 'status.picture',
] as const;

/** Delivery words that need a real question (`WEAK_STATUS_CUES`). */
export const WEAK_STATUS_CUE_IDS = ['status.delivery-word', 'status.did-it-happen', 'status.team'] as const;

/** Commitments made to the customer (`STRONG_PROMISE_CUES`, `TOLD_CUES`, `CUSTOMER_EXPECTS`). */
export const STRONG_PROMISE_CUE_IDS = [
  'promise.promised', 'promise.committed', 'promise.threw-in', 'promise.offered', 'promise.agreed-scope',
  'promise.no-cost', 'promise.terse', 'promise.been-promised', 'promise.locked-in', 'promise.had-to-agree', 'promise.in-proposal', 'promise.said-yes',
] as const;
export const TOLD_CUE_IDS = [
  'promise.told-customer', 'promise.replied', 'promise.told-after-and', 'promise.told-other-language',
  'promise.told-terse',
] as const;
export const CUSTOMER_EXPECTS_CUE_IDS = ['promise.customer-expects'] as const;

/** Text showing the deal is open (`UNSIGNED_CUES`) or signed (`SIGNED_CUES`). */
export const UNSIGNED_CUE_IDS = [
  'stage.before-they-sign', 'stage.before-signature', 'stage.not-signed', 'stage.needs-signature',
  'stage.copy-not-back', 'stage.once-they-sign', 'stage.ready-to-sign', 'stage.to-close', 'stage.in-sales',
  'stage.document-not-signed', 'stage.not-released',
] as const;
export const SIGNED_CUE_IDS = ['stage.signed', 'stage.in-delivery'] as const;

/**
 * Hits that rules make themselves: a question mark, a work noun, a commitment
 * or a "yes" found by a rule, and spans a rule gives a reason of its own.
 */
export const RULE_HIT_IDS = [
  'question.mark', 'question.about-work',
  'promise.direct-commitment', 'promise.accepted-request',
  'pre.context-deliverable', 'pre.chases-reader', 'pre.wanted-done', 'pre.needs-done',
  'deliverable.misspelt',
] as const;

export type AskCueId = (typeof ASK_CUE_IDS)[number];
export type AssignmentCueId = (typeof ASSIGNMENT_CUE_IDS)[number];
export type SoftAskCueId = (typeof SOFT_ASK_CUE_IDS)[number];
export type RoughAnswerCueId = (typeof ROUGH_ANSWER_CUE_IDS)[number];
export type ProductionCueId = (typeof PRODUCTION_CUE_IDS)[number];
export type ChaseCueId = (typeof CHASE_CUE_IDS)[number];
export type WantedDoneCueId = (typeof WANTED_DONE_CUE_IDS)[number];
export type NeedsDoneCueId = (typeof NEEDS_DONE_CUE_IDS)[number];
export type DeliverableCueId = (typeof DELIVERABLE_CUE_IDS)[number];
export type StrongEstimateCueId = (typeof STRONG_ESTIMATE_CUE_IDS)[number];
export type WeakEstimateCueId = (typeof WEAK_ESTIMATE_CUE_IDS)[number];
export type JoinCallCueId = (typeof JOIN_CALL_CUE_IDS)[number];
export type StatusCueId = (typeof STATUS_CUE_IDS)[number];
export type WeakStatusCueId = (typeof WEAK_STATUS_CUE_IDS)[number];
export type StrongPromiseCueId = (typeof STRONG_PROMISE_CUE_IDS)[number];
export type ToldCueId = (typeof TOLD_CUE_IDS)[number];
export type CustomerExpectsCueId = (typeof CUSTOMER_EXPECTS_CUE_IDS)[number];
export type UnsignedCueId = (typeof UNSIGNED_CUE_IDS)[number];
export type SignedCueId = (typeof SIGNED_CUE_IDS)[number];
export type RuleHitId = (typeof RULE_HIT_IDS)[number];

export const CUE_IDS = [
  ...ASK_CUE_IDS, ...ASSIGNMENT_CUE_IDS, ...SOFT_ASK_CUE_IDS, ...ROUGH_ANSWER_CUE_IDS, ...PRODUCTION_CUE_IDS,
  ...CHASE_CUE_IDS, ...WANTED_DONE_CUE_IDS, ...NEEDS_DONE_CUE_IDS, ...DELIVERABLE_CUE_IDS, ...STRONG_ESTIMATE_CUE_IDS,
  ...WEAK_ESTIMATE_CUE_IDS, ...JOIN_CALL_CUE_IDS, ...STATUS_CUE_IDS, ...WEAK_STATUS_CUE_IDS, ...STRONG_PROMISE_CUE_IDS,
  ...TOLD_CUE_IDS, ...CUSTOMER_EXPECTS_CUE_IDS, ...UNSIGNED_CUE_IDS, ...SIGNED_CUE_IDS,
] as const;

/** The id of a language pattern. */
export type CueId = (typeof CUE_IDS)[number];

/** The id of a hit: its cue's, or the rule's own when the rule made or renamed it. */
export type HitId = CueId | RuleHitId;

/** A deliverable found in the text, named by a cue or misspelt. */
export type DeliverableId = DeliverableCueId | 'deliverable.misspelt';

const HIT_IDS: ReadonlySet<string> = new Set<HitId>([...CUE_IDS, ...RULE_HIT_IDS]);

export function isHitId(x: unknown): x is HitId {
  return typeof x === 'string' && HIT_IDS.has(x);
}

const DELIVERABLE_IDS: ReadonlySet<string> = new Set<DeliverableId>([...DELIVERABLE_CUE_IDS, 'deliverable.misspelt']);

export function isDeliverableId(x: unknown): x is DeliverableId {
  return typeof x === 'string' && DELIVERABLE_IDS.has(x);
}

// ---- Evidence ids ----

/** The labels a finding can have (`none` has no evidence). */
export type FindingLabel = Exclude<Label, 'none'>;

/**
 * Where a hit counted: the winning label's finding, the deal stage read from
 * the text, or another label's finding that lost (`also-…`).
 */
export type EvidenceScope = FindingLabel | 'deal-stage' | `also-${FindingLabel}`;

/** `scope/hit`, e.g. `pre-contract-work/deliverable.sow`. */
export type EvidenceId = `${EvidenceScope}/${HitId}`;

const FINDING_LABELS: readonly FindingLabel[] = ['pre-contract-work', 'promise-without-check', 'estimate-request', 'status-request'];
const SCOPES: ReadonlySet<string> = new Set<EvidenceScope>([
  ...FINDING_LABELS, 'deal-stage', ...FINDING_LABELS.map((l) => `also-${l}` as const),
]);

export function evidenceId(scope: EvidenceScope, hit: HitId): EvidenceId {
  return `${scope}/${hit}`;
}

/**
 * The parts of an evidence id; `scope` is null for a bare hit id. Undefined
 * for anything else, so ids that crossed a message boundary are safe to read.
 */
export function parseEvidenceId(id: unknown): { scope: EvidenceScope | null; hit: HitId } | undefined {
  if (typeof id !== 'string') return undefined;
  const slash = id.indexOf('/');
  const scope = slash < 0 ? null : id.slice(0, slash);
  const hit = id.slice(slash + 1);
  if (!isHitId(hit) || (scope !== null && !SCOPES.has(scope))) return undefined;
  return { scope: scope as EvidenceScope | null, hit };
}
