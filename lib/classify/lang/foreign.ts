import type { DeliverableCueId } from '../ids';
import { ALL_DELIVERABLES } from '../patterns/deliverables';
import type { Cue } from '../patterns/match';
import { type LanguagePack, NEVER, type PackLang, phrase, words } from './pack';

/**
 * What a language other than English says for each cue: alternations of
 * words, each wrapped in Unicode word bounds by `words()`. Gaps are bounded
 * (`(?:\S+\s+){0,4}`), so every pattern stays linear. `foreignPack` turns
 * one into a `LanguagePack` with the English cue ids and English reasons.
 */
export interface LanguageCues {
  lang: Exclude<PackLang, 'en'>;
  /** "kannst du", "¿puedes…?", "peux-tu", "você pode", "potresti", "kun je". */
  canYou: string;
  /** "bitte", "por favor", "merci de", "per favore", "graag". */
  please: string;
  /** "ich brauche dich für…", "necesito que", "j'ai besoin que tu". */
  needYou: string;
  /** "sag mir Bescheid", "avísame", "fammi sapere". */
  letMeKnow: string;
  /** "wäre super", "me vendría bien", "mi servirebbe". */
  wouldHelp: string;
  /** "der Kunde fragt", "me ha preguntado", "il m'a demandé". */
  passedOn: string;
  /** "… von dir", "… de tu parte": work handed to the reader without a verb. */
  fromYou: string;
  /** "reicht", "me vale", "suffit", "basta", "is genoeg". */
  enough: string;
  prepare: string;
  write: string;
  revise: string;
  fillOut: string;
  send: string;
  takeCare: string;
  answer: string;
  negotiate: string;
  chase: string;
  signature: string;
  call: string;
  deliverables: Array<[DeliverableCueId, string, string]>;
  howMany: string;
  howLong: string;
  effort: string;
  feasibility: string;
  opinion: string;
  staffing: string;
  timing: string;
  join: string;
  meeting: string;
  status: string;
  howGoing: string;
  onTrack: string;
  anyNews: string;
  delivery: string;
  promised: string;
  agreed: string;
  noCost: string;
  told: string;
  expects: string;
  unsigned: string;
  signed: string;
  negated: string;
  self: string;
  nonProduction: string;
  otherDoer: string;
  /** Case-sensitive: a subject other than the reader right before the verb. */
  otherSubject: string;
  customerTarget: string;
  signatureWords: string;
  pronoun: string;
  commitment: string;
  notAPromise: string;
  checkedWithPm: string;
  workNouns: string;
  /** Said to the customer in the mail itself: "os confirmo que…", "nous livrerons…". */
  direct: string;
  /** Greetings and fillers before an imperative ("bitte", "dann"). */
  opener: string;
}

/** Numeric dates every language writes alike ("2.3.", "15/01/2027"); month and weekday names are per pack. */
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?`;

/** English deliverable words Sales uses in every language: SOW, NDA, RFP, "das Pitch Deck". */
const LOANWORDS: readonly Cue<DeliverableCueId>[] = ALL_DELIVERABLES;

function cue<Id extends Cue['id']>(id: Id, src: string, reason: string): Cue<Id>[] {
  return src === '' ? [] : [{ id, re: words(src), reason }];
}

const opt = (src: string): RegExp => (src === '' ? NEVER : phrase(src));

export function foreignPack(c: LanguageCues): LanguagePack {
  const meeting = `${c.meeting}|call|calls|meeting|demo|workshop|teams|zoom|webex|pitch`;
  return {
    lang: c.lang,
    asks: [
      ...cue('ask.can-you-other-language', c.canYou, 'asks "can you"'),
      ...cue('ask.please', c.please, 'says "please"'),
      ...cue('ask.need-you-to', c.needYou, 'says "I need you to"'),
    ],
    assignments: cue('assign.need-from-you', c.fromYou, 'says "I need … from you"'),
    softAsks: [
      ...cue('soft.let-me-know', c.letMeKnow, 'asks "let me know"'),
      ...cue('soft.would-help', c.wouldHelp, 'asks "it would help / would be great"'),
      ...cue('soft.passed-on', c.passedOn, 'passes on a question'),
    ],
    roughAnswer: cue('rough.is-enough', c.enough, 'says a rough answer is enough'),
    production: [
      ...cue('produce.write', c.write, 'asks to write'),
      ...cue('produce.prepare', c.prepare, 'asks to prepare'),
      ...cue('produce.fill-out', c.fillOut, 'asks to fill out'),
      ...cue('produce.revise', c.revise, 'asks to revise'),
      ...cue('produce.negotiate', c.negotiate, 'asks to negotiate the contract'),
      ...cue('produce.take-care', c.takeCare, 'asks to take care of it'),
      ...cue('produce.answer', c.answer, 'asks to answer'),
      ...cue('produce.send', c.send, 'asks to send'),
    ],
    chase: [
      ...cue('chase.follow-up', c.chase, 'asks to follow up with them'),
      ...cue('chase.get-signature', c.signature, 'asks to get the signature'),
      ...cue('chase.call', c.call, 'asks to call them'),
    ],
    deliverables: [...c.deliverables.flatMap(([id, src, reason]) => cue(id, src, reason)), ...LOANWORDS],
    estimate: [
      ...cue('estimate.how-many', c.howMany, 'asks how many days/people'),
      ...cue('estimate.how-long', c.howLong, 'asks how long'),
      ...cue('estimate.effort', c.effort, 'asks for an effort estimate'),
      ...cue('estimate.feasibility', c.feasibility, 'asks about feasibility'),
      ...cue('estimate.delivery-input', c.opinion, 'asks for delivery input'),
    ],
    weakEstimate: [
      ...cue('estimate.timing', c.timing, 'asks about timing'),
      ...cue('estimate.staffing', c.staffing, 'asks about staffing'),
    ],
    join: cue('join.call', c.join, 'asks to join the call'),
    status: [
      ...cue('status.status', c.status, 'asks for status'),
      ...cue('status.how-is-it-going', c.howGoing, 'asks how it is going'),
      ...cue('status.on-track', c.onTrack, 'asks if on track'),
      ...cue('status.whats-new', c.anyNews, 'asks what is new'),
    ],
    weakStatus: cue('status.delivery-word', c.delivery, 'asks about delivery'),
    strongPromise: [
      ...cue('promise.promised', c.promised, 'says it was promised to the customer'),
      ...cue('promise.agreed-scope', c.agreed, 'agreed scope or dates with the customer'),
      ...cue('promise.no-cost', c.noCost, 'gave something away at no cost'),
    ],
    told: cue('promise.told-customer', c.told, 'says the customer was told'),
    customerExpects: cue('promise.customer-expects', c.expects, 'the customer now expects it'),
    unsigned: cue('stage.not-signed', c.unsigned, 'deal not signed yet'),
    signed: cue('stage.signed', c.signed, 'deal already signed'),
    wantedDone: [],
    needsDone: [],
    imperativePrefix: new RegExp(`^(?:(?:${c.opener})(?![\\p{L}])[\\s,:;!.-]*)*(?:\\p{Lu}[\\p{L}'’]*\\s*[-–—,:]\\s+)?(?:(?:${c.opener})(?![\\p{L}])[\\s,:;!.-]*)*`, 'iu'),
    negatedAsk: phrase(c.negated),
    selfHandled: phrase(c.self),
    nonProductionAsk: new RegExp(`^\\s*(?:\\S+\\s+){0,3}?(?:${c.nonProduction})`, 'iu'),
    otherDoer: opt(c.otherDoer),
    otherSubject: new RegExp(`(?<![\\p{L}])(?:${c.otherSubject})\\s+(?:\\S+\\s+){0,2}$`, 'u'),
    capitalisedIsName: false,
    customerTarget: phrase(c.customerTarget),
    signatureWords: phrase(c.signatureWords),
    pronoun: phrase(c.pronoun),
    anaphor: phrase(c.pronoun),
    contextPointer: NEVER,
    notWorkAfter: NEVER,
    objectGap: /^(?:\S+\s+){0,5}$/,
    handoverPointer: NEVER,
    terseUrgency: NEVER,
    terseOpening: NEVER,
    barePlease: new RegExp(`^(?:${c.please})$`, 'iu'),
    promiseStems: /./,
    freebie: opt(c.noCost),
    firstPersonGiver: phrase(`${c.promised}|${c.agreed}|${c.told}`),
    commitmentContent: new RegExp(`(?:${c.commitment})|${NUMERIC_DATE}|\\d{1,4}`, 'iu'),
    notAPromise: opt(c.notAPromise),
    checkedWithPm: opt(c.checkedWithPm),
    customerRequest: NEVER,
    affirmed: NEVER,
    directCommitment: opt(c.direct),
    meetingWords: phrase(meeting),
    workNouns: phrase(c.workNouns),
  };
}

