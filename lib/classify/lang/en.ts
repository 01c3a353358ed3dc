import {
  ASK_CUES, ASSIGNMENT_CUES, BARE_PLEASE, HANDOVER_POINTER, NEGATED_ASK, NOT_WORK_AFTER, OBJECT_GAP,
  ROUGH_ANSWER_CUES, SELF_HANDLED, SOFT_ASK_CUES, TERSE_OPENING, TERSE_URGENCY,
} from '../patterns/asks';
import { SIGNED_CUES, UNSIGNED_CUES } from '../patterns/deal-stage';
import { ALL_DELIVERABLES, ANAPHOR, CONTEXT_POINTER, PRONOUN } from '../patterns/deliverables';
import { OTHER_DOER, OTHER_SUBJECT_NAME, OTHER_SUBJECT_PRONOUN } from '../patterns/doer';
import { JOIN_CALL_CUES, MEETING_WORDS, STRONG_ESTIMATE_CUES, WEAK_ESTIMATE_CUES } from '../patterns/estimates';
import { NON_PRODUCTION_ASK } from '../patterns/non-production';
import { CHASE_VERBS, CUSTOMER_TARGET, NEEDS_DONE, PRODUCTION_VERBS, SIGNATURE_WORDS, WANTED_DONE } from '../patterns/production';
import {
  AFFIRMED, CHECKED_WITH_PM, COMMITMENT_CONTENT, CUSTOMER_EXPECTS, CUSTOMER_REQUEST, DIRECT_COMMITMENT, FIRST_PERSON_GIVER,
  FREEBIE, NOT_A_PROMISE, PROMISE_STEMS, STRONG_PROMISE_CUES, TOLD_CUES,
} from '../patterns/promises';
import { STATUS_CUES, WEAK_STATUS_CUES, WORK_NOUNS } from '../patterns/status';
import type { LanguagePack } from './pack';

/** Greeting, name and filler words that may precede an imperative verb. */
const IMPERATIVE_PREFIX =
  /^(?:(?:[-*•▪·–—]|\d{1,2}[.)]|[a-z][.)])\s+)?(?:(?:hi|hey|hello|ok(?:ay)?|so|and|also|then|just|pls|please|kindly|quick\s+one|one\s+more\s+thing)\b[\s,:;!.-]*)*(?:[A-Z][\w'’]*\s*[-–—,:]\s+)?(?:(?:just|also|and|then|pls|please|kindly|can\s+u|could\s+u)\s+)*/i;

/** "before I send it", "Dana is handling": either form, right before the verb. */
const OTHER_SUBJECT = new RegExp(`(?:${OTHER_SUBJECT_PRONOUN.source})|(?:${OTHER_SUBJECT_NAME.source})`);

/** English: the patterns of `patterns/`, exactly as the rules read them before there were packs. */
export const EN: LanguagePack = {
  lang: 'en',
  asks: ASK_CUES,
  assignments: ASSIGNMENT_CUES,
  softAsks: SOFT_ASK_CUES,
  roughAnswer: ROUGH_ANSWER_CUES,
  production: PRODUCTION_VERBS,
  chase: CHASE_VERBS,
  deliverables: ALL_DELIVERABLES,
  estimate: STRONG_ESTIMATE_CUES,
  weakEstimate: WEAK_ESTIMATE_CUES,
  join: JOIN_CALL_CUES,
  status: STATUS_CUES,
  weakStatus: WEAK_STATUS_CUES,
  strongPromise: STRONG_PROMISE_CUES,
  told: TOLD_CUES,
  customerExpects: CUSTOMER_EXPECTS,
  unsigned: UNSIGNED_CUES,
  signed: SIGNED_CUES,
  wantedDone: WANTED_DONE,
  needsDone: NEEDS_DONE,
  imperativePrefix: IMPERATIVE_PREFIX,
  negatedAsk: NEGATED_ASK,
  selfHandled: SELF_HANDLED,
  nonProductionAsk: NON_PRODUCTION_ASK,
  otherDoer: OTHER_DOER,
  otherSubject: OTHER_SUBJECT,
  capitalisedIsName: true,
  customerTarget: CUSTOMER_TARGET,
  signatureWords: SIGNATURE_WORDS,
  pronoun: PRONOUN,
  anaphor: ANAPHOR,
  contextPointer: CONTEXT_POINTER,
  notWorkAfter: NOT_WORK_AFTER,
  objectGap: OBJECT_GAP,
  handoverPointer: HANDOVER_POINTER,
  terseUrgency: TERSE_URGENCY,
  terseOpening: TERSE_OPENING,
  barePlease: BARE_PLEASE,
  promiseStems: PROMISE_STEMS,
  freebie: FREEBIE,
  firstPersonGiver: FIRST_PERSON_GIVER,
  commitmentContent: COMMITMENT_CONTENT,
  notAPromise: NOT_A_PROMISE,
  checkedWithPm: CHECKED_WITH_PM,
  customerRequest: CUSTOMER_REQUEST,
  affirmed: AFFIRMED,
  directCommitment: DIRECT_COMMITMENT,
  meetingWords: MEETING_WORDS,
  workNouns: WORK_NOUNS,
};
