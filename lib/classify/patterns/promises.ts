import type { CustomerExpectsCueId, StrongPromiseCueId, ToldCueId } from '../ids';
import type { Cue } from './match';

/**
 * Sales telling the PM about a commitment already made to the customer.
 * First person only: the customer reporting what Sales said is not this.
 */
/** A customer's name, possibly after a title: "Nora", "Mr. Brunner", "Prof Hahn". */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'’]*`;

const I = String.raw`(?:(?:\bI|\bwe|^)(?:'ve|'d|\s+have|\s+had)?\s+|^(?:have|had|'ve)\s+)(?:just\s+|already\s+|did\s+|do\s+|basically\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|may\s+have\s+|might\s+have\s+|pretty\s+much\s+|also\s+|verbally\s+|more\s+or\s+less\s+|then\s+|sorta\s+)?`;

export const STRONG_PROMISE_CUES: Cue<StrongPromiseCueId>[] = [
  { id: 'promise.promised', re: new RegExp(`${I}(?:promised|guaranteed|assured)\\b(?!\\s+(?:you|u)\\b)`, 'gim'), reason: 'says it was promised to the customer' },
  { id: 'promise.committed', re: new RegExp(`${I}(?:committed|commited)\\s+(?:to|that|them|us|we|the\\s+following|these|this|some\\s+things?)\\b`, 'gim'), reason: 'says it was committed to the customer' },
  { id: 'promise.threw-in', re: new RegExp(`${I}(?:threw|thrown|throw)\\s+in\\b`, 'gim'), reason: 'says extra scope was thrown in' },
  { id: 'promise.offered', re: new RegExp(`${I}offered\\s+(?:them|him|her|${NAME})\\s+(?!(?:a|an|the)?\\s*(?:\\d+%?\\s+)?(?:discount|price|rate|deal|credit|rebate)\\b)`, 'gm'), reason: 'offered the customer something' },
  { id: 'promise.agreed-scope', re: new RegExp(`${I}(?:agreed|offered|signed\\s+(?:us|them)\\s+up)(?:\\s+(?:in|on|at|during|over)\\s+(?:the\\s+)?(?:meeting|call|room|workshop|session|lunch|dinner)(?:\\s+(?:today|yesterday|this\\s+morning))?)?\\s+to\\s+(?:include|add|deliver|provide|do|give|cover|build|support|have|finish|complete|throw\\s+in|extend|waive)\\b`, 'gim'), reason: 'agreed to extra scope with the customer' },
  { id: 'promise.no-cost', re: /\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|\bfor\s+free\b|\bfree\s+of\s+charge\b/gi, reason: 'gave something away at no cost' },
  // Mobile style, no subject: "FYI - promised Corrigan weekly reports", "btw said yes to the SSO add-on".
  { id: 'promise.terse', re: /^\s*(?:[A-Z][\w'’]*\s*[-–—,:]\s+)?(?:(?:fyi|btw|also|so|and|just|heads\s+up|ok|quick\s+(?:note|fyi)|note)[\s,:;-]+)*(?:promised|guaranteed|committed\s+to|said\s+yes\s+to|agreed\s+to\s+(?:include|add|do|give|throw\s+in|the)|caved\s+on|conceded|threw\s+in)\b/gim, reason: 'says it was promised to the customer' },
  // Reported in the passive: "What they've been promised:", "Acme was promised a go-live before Easter".
  { id: 'promise.been-promised', re: /\b(?:they|the\s+(?:client|customer)|[A-Z][\w&'’-]+)(?:'ve|\s+have|\s+has|\s+had|\s+were|\s+was)\s+been\s+(?:promised|guaranteed|assured)\b|\b(?:they|the\s+(?:client|customer)|[A-Z][\w&'’-]+)\s+(?:were|was)\s+(?:promised|guaranteed|assured)\b/gm, reason: 'says the customer was promised it' },
  // A date Sales gave that the customer now holds: "so the 30 April date is locked in from their side".
  { id: 'promise.locked-in', re: /\b(?:date|deadline|go-?live|timeline|launch|start|cut-?over)\b[^.?!\n]{0,30}?\b(?:is|are|'s)\s+(?:now\s+)?(?:locked\s+in|set\s+in\s+stone|fixed\s+with\s+(?:them|the\s+(?:client|customer)))\b/gi, reason: 'says a date is now fixed with the customer' },
  // A concession to close: "to close this I had to agree to weekly on-site visits".
  { id: 'promise.had-to-agree', re: /\b(?:I|we)\s+(?:had|have|'ve\s+had)\s+to\s+(?:agree|commit|promise|concede|give\s+in|cave)\b/gi, reason: 'conceded it to the customer' },
  // What Sales wrote into the proposal is what the customer holds: "that is what I put in the proposal".
  { id: 'promise.in-proposal', re: /\b(?:what|that'?s\s+what|as)\s+I\s+(?:put|wrote|said|promised|quoted|included)\s+in\s+(?:the\s+|my\s+|our\s+)?(?:proposal|SOW|quote|deck|pitch|bid|offer)\b/gi, reason: 'Sales put it in the proposal' },
  { id: 'promise.said-yes', re: /\b(?:I|we)\s+(?:just\s+|basically\s+|sort\s+of\s+|kind\s+of\s+|kinda\s+|sorta\s+|more\s+or\s+less\s+|pretty\s+much\s+|already\s+)?(?:said|told\s+(?:them|him|her|[A-Z][\w'’]*))\s+(?:yes|sure|ok(?:ay)?|that'?s\s+fine|no\s+problem|we'?d\s+do\s+it)\b/gi, reason: 'said yes to the customer' },
];

/** "told them we'd…", "said we'd…": only a promise with content (see below). */
export const TOLD_CUES: Cue<ToldCueId>[] = [
  { id: 'promise.told-customer', re: new RegExp(`${I}(?:(?:mentioned|indicated|signall?ed|floated)\\s+(?:to\\s+[\\w'’-]+(?:\\s+[A-Z][\\w'’-]*)?\\s+)?(?:that\\s+)?(?=(?:we|they|it|the)\\b)|told|tell|said|confirmed|agreed|offered|gave|quoted|locked\\s+in|let\\s+(?:them|him|her|${NAME}(?:\\s+[A-Z][\\w'’]*)?)\\s+know)\\b`, 'gim'), reason: 'says the customer was told' },
  // "I replied to them yesterday that…", "I emailed Nora saying…": a reply that carries the commitment.
  { id: 'promise.replied', re: new RegExp(`${I}(?:replied|responded|wrote\\s+back|got\\s+back|emailed|e-mailed|messaged|texted|informed|reassured)\\b[^.?!\\n]{0,50}?\\b(?:that|saying|to\\s+say)\\b`, 'gim'), reason: 'says the customer was told' },
  // The subject carried over a coordinated verb: "I had lunch with their COO and told her we'd…".
  { id: 'promise.told-after-and', re: /(?:\bI|\bwe)\s+[^.?!\n]{1,80}?\s(?:and|then)\s+(?:then\s+|also\s+|just\s+)?(?:told|promised|assured|guaranteed|committed\s+to)\s+(?:them|him|her|the\s+(?:client|customer)|[A-Z])/gm, reason: 'says the customer was told' },
  // Sales mixing languages: "ya les dije que…", "je leur ai dit que…", "ich habe ihnen gesagt…".
  { id: 'promise.told-other-language', re: /\b(?:(?:ya\s+)?(?:les|le)\s+(?:dije|promet(?:í|i)|confirm(?:é|e)|asegur(?:é|e))|je\s+(?:leur|lui)\s+ai\s+(?:dit|promis|confirm(?:é|e))|ich\s+habe\s+(?:ihnen|ihm|ihr)\s+(?:gesagt|versprochen|zugesagt)|(?:gli|le)\s+ho\s+(?:detto|promesso))\b/gi, reason: 'says the customer was told' },
  // Mobile style without a subject: "told them 2 wks", "fyi promised them 6/1".
  { id: 'promise.told-terse', re: /^\s*(?:[A-Z][\w'’]*\s*[-–—,:]\s+)?(?:(?:fyi|btw|also|so|and|just|heads\s+up|ok|quick\s+note)[\s,:;-]+)*(?:told|promised|said|confirmed|committed)\s+(?:them|him|her|the\s+client|the\s+customer|[A-Z]\w*|the\s+(?:[A-Z][\w&'’-]*\s+){1,3}(?:exec(?:utive)?|sponsor|CFO|CEO|COO|CTO|CIO|GM|MD|VP|board|buyer|team|director|head|lead|folks|people|client|customer)(?:\s+sponsor)?)\b/gim, reason: 'says the customer was told' },
];

/** Cheap pre-check: every promise cue contains one of these stems. */
export const PROMISE_STEMS = /had\s+to|\bput\s+in|wrote\s+in|mention|indicat|signall?ed|floated|locked|set\s+in\s+stone|fixed\s+with|caved|conced|promis|promet|dije|asegur|\bdit\b|gesagt|versproch|zugesagt|detto|promess|commit|guarant|assur|thr[eo]w|told|tell|said|confirm|agreed|offer|gave|quot|locked|let\s|replied|responded|wrote\s+back|got\s+back|e-?mailed|messaged|texted|informed|free|yes|no\s+(?:extra\s+|additional\s+)?(?:cost|charge)/i;

/** A strong cue that is only "at no extra cost" or "free": it may be the customer's ask. */
export const FREEBIE = /\bno\s+(?:extra|additional)?\s*(?:cost|charge)|free/i;

/** "I added…", "we included…": Sales giving something away. */
export const FIRST_PERSON_GIVER = /\b(?:I|we)\s+(?:also\s+|just\s+)?(?:added|included|offered|gave|threw|tossed|baked|promised|agreed|said|told)\b/i;

/** What makes "told them …" a commitment: delivery, a date, a duration, scope. */
export const COMMITMENT_CONTENT =
  /\bwithin\s+(?:the\s+|our\s+)?(?:current|same|existing|agreed|original)\s+(?:timeline|budget|fee|price|schedule|plan)\b|\bno\s+(?:change|impact)\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:go-?live|timeline|date|plan|fee|price)\b|\b(?:would|will|could|can|'ll|'d)\s+(?:be\s+)?(?:ship|launch|deliver|go\s+live|land|release|start|kick\s+off|finish|include|have|get|support|handle|do|cover|provide|add)\b|\b(?:we['’]d|we\s+would|we\s+will|we['’]ll|we\s+can|we\s+could|we['’]?re\s+going\s+to|they['’]d|they\s+will|they['’]ll|they\s+can|it['’]d|it\s+will|it['’]ll|it\s+would|she['’]d|he['’]d|she['’]ll|he['’]ll|you['’]d|you['’]ll|would\s+be|will\s+be|ready|live|done|finished|included|(?:starts?|begins?|kicks?\s+off|goes\s+live|lands|ships|launches|includes|covers|is\s+(?:in\s+scope|included|covered|ready|done))\b|(?:on|by|from|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|by\s+(?:then|next|the|end|EOD|EOW|\w+day|\w+\s+\d)|in\s+\d{1,3}\s*(?:wks?|weeks?|days?|months?)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+couple\s+of|a\s+few)\s+(?:wks?|weeks?|days?|months?)\b|\bfree\b|within\s+\d{1,3}\s*(?:h|hrs?|hours?|(?:business\s+|working\s+)?days?|wks?|weeks?|months?)\b|\d{1,3}\s*(?:wks?|weeks?|days?|months?)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\/\d{1,2})|\b(?:in|into|en\s+la|in\s+der|dans\s+la)\s+(?:the\s+)?(?:phase|fase|Phase|release|sprint|stage)\s*\d/i;

/** "told them I'd check with you", "I did NOT commit", "nothing's committed". */
export const NOT_A_PROMISE =
  /\bpromised\s+(?:them|him|her|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)\s+(?:the|a|an|our)\s+(?:[\w&'’-]+\s+){0,3}?(?:case\s+stud(?:y|ies)|one-?pager|deck|slides|references?|brochure|white\s*paper|intro(?:duction)?|demo\s+recording|sample)\b|\bpromised\s+(?:to\s+)?(?:send|share|forward|email|e-mail|introduce|intro|call|ring|get\s+back|follow\s+up|loop|connect|dig\s+out|find)\b|\b(?:promised|assured|guaranteed)\s+(?:them|him|her|[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?\s+(?:that\s+)?(?:I'?d|I\s+would|I'?ll|I\s+will)\s+(?:send|share|forward|get|email|e-mail|call|ring|introduce|connect|follow\s+up|check|ask|find\s+out|confirm|come\s+back|loop)\b|\b(?:I|we)\s+(?:did\s+not|didn'?t|haven'?t|have\s+not|never|won'?t|will\s+not|am\s+not|'m\s+not|wouldn'?t|can'?t)\s+(?:\w+\s+)?(?:commit|promis|agree|tell|told|say|said|confirm|give|guarantee)\w*|\bnot\s+(?:looking\s+to\s+|going\s+to\s+|trying\s+to\s+)?(?:commit|promis)\w*|\bwithout\s+(?:committing|promising)\b|\bnothing(?:'s|\s+is|\s+has\s+been)?\s+(?:committed|promised)\b|\bno\s+commitments?\b|\b(?:told|tell|said|let)\s+(?:them|him|her|\w+)?\s*(?:know\s+)?(?:that\s+)?(?:I'?d|I\s+would|I\s+will|I'?ll|I\s+was\s+going\s+to)\b|\b(?:told|tell|said|let)\s+(?:them|him|her|\w+)?\s*(?:know\s+)?(?:that\s+)?(?:we'?d|we'?ll|we\s+would|we\s+will)\s+(?:need\s+to\s+|have\s+to\s+)?(?:check|get\s+back|confirm|circle\s+back|follow\s+up|ask|run\s+it|loop|come\s+back|verify|revert|look\s+into|talk\s+to|consult|find\s+out)|\b(?:told|tell|said)\s+(?:you|u)\b|\bthat\s+(?:I'?d|I\s+would|I\s+will|I'?ll|we'?d|we'?ll|we\s+would|we\s+will)\s+(?:need\s+to\s+|have\s+to\s+)?(?:check|get\s+back|confirm|circle\s+back|follow\s+up|ask|loop|come\s+back|verify|revert|look\s+into|talk\s+to|consult|find\s+out)\b/i;

/** The PM already agreed: "like you suggested", "per our call", "as agreed". */
export const CHECKED_WITH_PM =
  /\bas\s+you\s+and\s+I\s+(?:agreed|discussed|said)\b|\b(?:like|as)\s+you\s+(?:suggested|said|recommended|proposed|asked|mentioned|estimated|planned)\b|\bper\s+(?:our|your)\s+(?:call|chat|conversation|discussion|estimate|plan|email|note|sync)\b(?!\s+with\b)|\bas\s+(?:we\s+)?(?:discussed|agreed)\b|\byou\s+(?:okayed|ok'?d|approved|signed\s+off|confirmed|agreed|were\s+ok)\b|\b(?:after|once)\s+(?:checking|talking|confirming|syncing)\s+with\s+you\b|\bbased\s+on\s+your\s+(?:estimate|plan|numbers|input)\b/i;

/** The customer now expects it: supporting evidence, never enough alone. */
export const CUSTOMER_EXPECTS: Cue<CustomerExpectsCueId>[] = [
  { id: 'promise.customer-expects', re: /\b(?:expecting|counting\s+on|telling\s+everyone|going\s+to\s+tell|told\s+(?:the\s+)?(?:board|team|everyone)|announc(?:ed|ing)|part\s+of\s+the\s+deal)\b/gi, reason: 'the customer now expects it' },
];

/**
 * The customer asked for something: "their GM asked if we could do the sale
 * creative as well", "HR asked whether we can add a cohort". What was asked
 * is the content of a "yes" that follows it.
 */
export const CUSTOMER_REQUEST =
  /\b(?:asked|asking|wanted\s+to\s+know|checked|enquired|inquired|wondered)\s+(?:us\s+|me\s+)?(?:if|whether)\s+(?:we|you|I)\s+(?:can|could|would|will|'d|might)\s+(?:also\s+)?(?:do|add|include|deliver|provide|extend|cover|support|run|build|throw\s+in|take\s+on|squeeze\s+in|fit\s+in|start|finish|move|bring|get|have|make|handle)\b/i;

/** The sender's "yes" to it, with no content of its own: "I said yep", "I have already confirmed to them". */
export const AFFIRMED: RegExp = new RegExp(
  String.raw`(?:\bI|\bwe)(?:'ve|\s+have|\s+had)?\s+(?:just\s+|already\s+|also\s+)?(?:said|told\s+(?:them|him|her|[A-Z][\w'’]*)|confirmed|agreed|replied|responded|went\s+ahead\s+and\s+(?:said|confirmed|agreed))\b(?:\s+(?:to\s+)?(?:them|him|her|it|that|so))?` +
    String.raw`(?!\s*(?:,\s*)?(?:no\b|not\b|we\s+(?:can'?t|couldn'?t|won'?t)|I'?d\s+(?:check|ask)|(?:that\s+)?(?:I|we)\s+(?:would|'d|will|'ll)\s+(?:need\s+to\s+|have\s+to\s+)?(?:check|ask|confirm|get\s+back|come\s+back|revert)|maybe|probably\s+not|unlikely|let\s+me))`,
  'i',
);

/**
 * Said to the customer in the mail itself: "our team of 3 will be onboarded
 * by 1st April", "we will deliver phase 1 within 6 weeks". Only read in a
 * mail addressed to the customer; the date or duration is checked separately.
 */
export const DIRECT_COMMITMENT =
  /\bwe(?:'ll|\s+will|\s+can)\s+have\s+(?:[\w-]+\s+){1,6}?(?:over\s+to\s+you|to\s+you|ready|done|live|up|running|in\s+place|finished)\b|\b(?:confirming|(?:I|we)\s+(?:am|are)\s+(?:pleased|happy|glad)\s+to\s+confirm|(?:I|we)\s+can\s+confirm|to\s+confirm)\b|\b(?:is|are|will\s+be|'s|'re)\s+(?:all\s+|fully\s+|also\s+)?(?:included|covered|in\s+scope|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|free\s+of\s+charge)\b|\b(?:we|I|our(?:\s+[\w-]+){1,4}?)(?:'ll|\s+(?:will|shall|can|are\s+going\s+to|can\s+(?:guarantee|commit)))\s+(?:be\s+)?(?:[\w-]+\s+){0,8}?(?:deliver\w*|complet\w*|add\b|extend\w*|support\b|onboard\w*|start\w*|finish\w*|ready|live|running|trained|launch\w*|ship\w*|kick\w*\s+off|go\s+live|provid\w*|includ\w*|cover\w*|hand\w*\s+over|mobili[sz]\w*|deploy\w*|turn\s+around|resolv\w*|fix\w*|respond\w*)\b/i;
