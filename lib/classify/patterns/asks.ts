import type { AskCueId, AssignmentCueId, RoughAnswerCueId, SoftAskCueId } from '../ids';
import type { Cue } from './match';

/**
 * Request language aimed at the reader. A sentence with one of these is an
 * ask; what is asked for is decided by the other pattern families.
 */
export const ASK_CUES: Cue<AskCueId>[] = [
  { id: 'ask.can-you', re: /\b(?:can|could|would|will|cld|can't)\s+(?:you|u|ya)\b/gi, reason: 'asks "can/could you"' },
  { id: 'ask.any-chance', re: /\bany\s+chance\s+(?:you|u)\b/gi, reason: 'asks "any chance you…"' },
  { id: 'ask.able-to', re: /\b(?:are|were)\s+you\s+able\s+to\b/gi, reason: 'asks "are you able to"' },
  { id: 'ask.have-time', re: /\bdo\s+you\s+have\s+(?:the\s+)?(?:time|bandwidth|capacity|cycles|room|a\s+(?:sec|second|minute|moment|chance))\b/gi, reason: 'asks "do you have time to"' },
  { id: 'ask.need-you-to', re: /\bneed\s+(?:you|u)\s+to\b|\bneed\s+your\s+help\s+(?:with|on)\b/gi, reason: 'says "need you to"' },
  // Formal and South Asian business English: "Request you to prepare…", "Would request you to share…".
  { id: 'ask.request-you-to', re: /\b(?:request|requesting|requested)\s+(?:you|u)\s+to\b|\b(?:would|I'?d|we'?d)\s+request\s+(?:you|u)\b/gi, reason: 'says "request you to"' },
  { id: 'ask.like-you-to', re: /\b(?:I'?d|I\s+would|we'?d|we\s+would)\s+(?:like|love)\s+(?:you|u)\s+to\b/gi, reason: 'says "I\'d like you to"' },
  { id: 'ask.want-you-to', re: /\bwant(?:ed)?\s+(?:you|u)\s+to\s+(?!know\b|have\s+visibility\b|be\s+aware\b)/gi, reason: 'says "want you to"' },
  { id: 'ask.please', re: /\b(?:please|pls|plz|kindly)\b/gi, reason: 'says "please"' },
  { id: 'ask.great-if', re: /\b(?:it\s+would|it'?d|would)\s+be\s+(?:really\s+|super\s+|so\s+|very\s+|incredibly\s+|hugely\s+)?(?:great|amazing|awesome|ideal|helpful|fantastic|perfect|huge|a\s+huge\s+help)\s+if\b/gi, reason: 'soft ask "it would be great if"' },
  { id: 'ask.for-you-to', re: /\bfor\s+(?:you|u)\s+to\b/gi, reason: 'assigns "for you to"' },
  { id: 'ask.if-you-could', re: /\bif\s+you\s+(?:could|can|don'?t\s+mind)\b/gi, reason: 'asks "if you could"' },
  { id: 'ask.any-way', re: /\b(?:way|possible|chance|able)\s+(?:that\s+)?(?:you|u)\s+(?:could|can|might|would)\b/gi, reason: 'asks "any way you could"' },
  { id: 'ask.hoping', re: /\b(?:hoping|hope|wondering\s+(?:if|whether)|wonder\s+(?:if|whether)|thought|thinking)\s+(?:that\s+)?(?:you|u)\s+(?:could|can|would|might|'d)\b/gi, reason: 'asks "I was hoping you could"' },
  { id: 'ask.would-you-mind', re: /\bwould\s+you\s+mind\b/gi, reason: 'asks "would you mind"' },
  // Wanting the reader somewhere or on something: "I want you on that call", "need you on the RFP".
  // The subject may be dropped after a vocative: "Lisa - want you on this one".
  { id: 'ask.want-you-on', re: /(?:\b(?:I|we)\s+|^(?:[A-Z][\w'’]*\s*[-–—,:]\s*)?)(?:really\s+)?(?:want|need|'d\s+like|would\s+like)\s+(?:you|u)\s+(?:on|in|at|there)\b/gi, reason: 'says "I want you on…"' },
  // Subjunctive and non-native forms: "is it possible that you write…", "would it be ok for you to…".
  { id: 'ask.possible-that-you', re: /\b(?:possible|feasible|ok(?:ay)?|alright|conceivable)\s+that\s+(?:you|u)\b(?!\s+(?:were|was|are|'re|had|have|did|already|got|saw|sent|\w+ed)\b)|\b(?:is|would|will)\s+it\s+be\s+(?:possible|feasible|ok(?:ay)?|alright)\s+for\s+(?:you|u)\s+to\b/gi, reason: 'asks "is it possible that you…"' },
  { id: 'ask.are-you-free', re: /\b(?:are|r)\s+(?:you|u)\s+(?:free|around|available|up\s+for|ok\s+with|okay\s+with|able)\b/gi, reason: 'asks "are you free/able"' },
  { id: 'ask.mind-doing', re: /(?<!\bnever\s)\bmind\s+[a-z]+ing\b/gi, reason: 'asks "mind doing…"' },
  // Chasing the reader's own work: "did you get a chance to revise…", "have you had time to…", "did you manage to…".
  { id: 'ask.got-a-chance', re: /\b(?:did|have|has|had)\s+(?:you|u)\s+(?:(?:get|got|had|have|find|found)\s+(?:a\s+)?(?:chance|moment|minute|sec|second|time)|(?:manage|managed)|been\s+able)\s+to\b/gi, reason: 'asks "did you get a chance to"' },
  // The same asks in the other languages Sales mixes in: "¿me ayudas con…?", "kannst du…", "pourrais-tu…".
  { id: 'ask.can-you-other-language', re: /\b(?:me\s+(?:ayudas|ayudarías|ayudarias|puedes|podrías|podrias)|ay(?:ú|u)dame|(?:puedes|podrías|podrias|podr(?:í|i)a\s+usted)|(?:kannst|könntest|koenntest)\s+du|(?:können|könnten|koennten)\s+Sie|(?:peux|pourrais)[-\s]tu|(?:pouvez|pourriez)[-\s]vous|(?:puoi|potresti|potrebbe)|(?:pode|poderia)s?\s+(?:você|voce|me))\b/gi, reason: 'asks "can you" (not in English)' },
  // A task a Sales rep assigned in the CRM or task tool: "Kieran has assigned you a new task", "I've assigned you a task in HubSpot".
  { id: 'ask.task-assigned', re: /\byou\s+have\s+(?:a\s+)?new\s+task\b|\bassigned\s+by\s*:|\bassigned\s+(?:a|an|the|this)\s+(?:new\s+)?task\s+to\s+you\b|\b(?:has|have|'ve|just)\s+assigned\s+(?:you|to\s+you)\s+(?:a|an|the|this)?\s*(?:new\s+)?(?:task|to-?do|action\s+item)\b|\b(?:new\s+)?task\s+(?:has\s+been\s+)?assigned\s+to\s+you\b/gi, reason: 'assigned you a task' },
];

/**
 * Asks that hand over the work itself, with no verb needed: "I need the SOW
 * from you", "it should come from your side", "who's writing it? I assumed you".
 */
export const ASSIGNMENT_CUES: Cue<AssignmentCueId>[] = [
  { id: 'assign.need-from-you', re: /\b(?:I|we)\s+(?:really\s+|just\s+|still\s+|will\s+)?need\b[^.?!\n]{0,80}?\bfrom\s+(?:you|u|your\s+(?:side|end|team))\b/gi, reason: 'says "I need … from you"' },
  { id: 'assign.from-your-side', re: /\b(?:come|came|comes|coming)\s+from\s+(?:you|u|your\s+(?:side|end|team))\b/gi, reason: 'says it should "come from your side"' },
  { id: 'assign.need-your-draft', re: /\b(?:I|we)\s+(?:really\s+|just\s+|still\s+)?need\s+your\s+(?:[\w-]+\s+)?(?:draft|version|redlines?|markup|write-?up|sections?|piece|part|answers|responses|edits|changes|revisions)\b/gi, reason: 'says "I need your draft"' },
  { id: 'assign.need-it-done', re: /\bI\s+(?:really\s+|just\s+|still\s+)?need\s+(?:the|a|an|your|this|that|it)\s+(?:[\w-]+\s+){0,4}?(?:updated|revised|done|finished|drafted|written|completed|filled\s+(?:out|in)|sent(?:\s+back)?|cleaned\s+up|fixed|ready|turned\s+around)\b/gi, reason: 'says "I need it updated/done"' },
  // The participle names the work: "I need sections 4 and 5 of the RFP answered by noon".
  { id: 'assign.need-it-answered', re: /\b(?:I|we)\s+(?:really\s+|just\s+|still\s+|will\s+)?need\s+(?!to\b)[^.?!\n]{1,90}?\b(?:answered|re-?done|redone|reworked|rewritten|drafted|written\s+up|filled\s+(?:out|in)|completed|updated|revised|redlined|marked\s+up|turned\s+around|put\s+together|pulled\s+together|priced(?:\s+up)?|adapted|tailored)\b/gi, reason: 'says "I need it answered/drafted"' },
  // Subject dropped, after a vocative: "Priya - need a first draft of the SOW by Thursday".
  // Only counts when a deliverable is its object (see `assignment`).
  // Also with an unpunctuated vocative ("Fatima need the BOQ…") or "I/we need the quote…".
  { id: 'assign.need-object', re: /(?:^(?!(?:They|We|I|He|She|It|Legal|Procurement|Finance|Everyone|Both|All)\b)(?:[A-Z][\w'’]*(?:\s*[-–—,:]\s*|\s+))?|\b(?:I|[Ww]e)\s+)(?:(?:[Ss]o|[Oo]k|[Aa]lso|[Aa]nd|[Rr]eally|[Ss]till|[Jj]ust|will)\s+)*[Nn]eed\s+(?:a|an|the|your|some)\b/g, reason: 'says "need the …" (no subject)' },
  // Naming the reader as the one to do it: "you're the best person to do the costing", "you'd be best placed to…".
  { id: 'assign.right-person', re: /\b(?:you'?re|you\s+are|you'?d\s+be|you\s+would\s+be|you'?re\s+really)\s+(?:the\s+)?(?:best|right|ideal|obvious|natural|perfect|only)\s+(?:person|one|fit|choice|candidate)\s+(?:to|for)\b|\b(?:you'?re|you\s+are|you'?d\s+be|you\s+would\s+be)\s+(?:best|better)\s+placed\s+to\b/gi, reason: 'names the reader as the one to do it' },
  // Handing the work over: "over to you for the redlines", "it's all yours", "leaving the DPA with you".
  { id: 'assign.handover', re: /^\s*(?:(?:ok|so|and|then|now)[\s,]+)?(?:all\s+yours|yours\s+now|over\s+to\s+you)\b|\b(?:over|across)\s+to\s+(?:you|u)\b|\b(?:is|are|'s|'re)\s+(?:all\s+)?yours\b|\b(?:hand|handing|pass|passing|toss|tossing|throw|throwing|kick|kicking)\s+(?:on\s+|over\s+)?(?:(?:it|this|that|them|these|those)(?:\s+one)?|(?:the|my|our)\s+(?:[\w-]+\s+){0,5}?[\w-]+)\s+(?:over\s+)?(?:on\s+)?to\s+(?:you|u)\b|\bleav(?:e|ing)\s+(?:it|this|that|them|these|those|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:with|to)\s+(?:you|u)\b(?!\s+(?:whether|if|how|what|which|to\s+(?:decide|judge|say|call|choose|pick)))/gi, reason: 'hands the work over to the reader' },
  { id: 'assign.assumed', re: /\bassum\w*\s+(?:it'?s\s+|it\s+(?:would|will)\s+be\s+|it'?d\s+be\s+|that\s+)?(?:you|u)\b(?!['’]|\s+(?:know|said|were|are|had|have|did|can|could|would)\b)/gi, reason: 'assumes the reader will do it' },
  { id: 'assign.who-is-doing', re: /\bwho(?:'s|\s+is|\s+will\s+be|\s+should\s+be)\s+(?:writing|drafting|doing|owning|handling|putting\s+together|taking|building|pulling\s+together)\b/gi, reason: 'asks who is doing it (aimed at the reader)' },
  // A share of a bid handed out: "You have sections 3 and 5", "yours are the methodology questions".
  { id: 'assign.your-sections', re: /\b(?:you(?:'ve)?\s+(?:have|got|get|take|own)|you'?re\s+on|yours\s+(?:are|is))\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sections?|parts?|questions?|chapters?|pieces?)\b/gi, reason: 'hands you sections of it' },
  // A deadline for the reader's draft: "Kit - Harbor proposal, first draft due Monday".
  { id: 'assign.draft-due', re: /\b(?:(?:first|1st|initial|rough|final)\s+)?(?:drafts?|versions?|cut)\s+(?:is\s+|are\s+)?due\s+(?:by\s+|on\s+)?(?:\w+day|tomorrow|tmrw|EOD|EOW|end\s+of|next|\d)/gi, reason: 'sets a due date for your draft' },
  // The rest left to the reader: "That leaves the ~40 technical ones", "it's in your queue in the portal".
  { id: 'assign.left-for-you', re: /\bthat\s+leaves\s+(?:you\s+(?:with\s+)?)?(?:the|about|around|roughly|~|\d)|\b(?:it'?s|they'?re|this\s+is)\s+(?:now\s+)?in\s+your\s+(?:queue|inbox|court|bucket)\b|\b(?:is|are)\s+still\s+(?:half[-\s])?(?:empty|blank|unanswered)\b/gi, reason: 'leaves the rest to you' },
  // Notes-era and formal hand-offs: "For your handling", "for your action" (the corpus label guide).
  { id: 'assign.for-your-handling', re: /\bfor\s+your\s+(?:handling|action|attention\s+and\s+action|processing)\b/gi, reason: 'hands it over "for your handling"' },
];

/** Softer asks that only count for estimate and status questions. */
export const SOFT_ASK_CUES: Cue<SoftAskCueId>[] = [
  // "let me know if you want me on the call" is an offer, not an ask.
  { id: 'soft.let-me-know', re: /\blet\s+me\s+know\b(?!\s+if\s+(?:you|u)\s+(?:want|need|'d\s+like|would\s+like|have\s+(?:any\s+)?questions))/gi, reason: 'asks "let me know"' },
  { id: 'soft.would-appreciate', re: /\b(?:I'?d|I\s+would|would)\s+(?:love|appreciate)\b/gi, reason: 'asks "would love/appreciate"' },
  // "It'd help to know where things stand", "a rough range would be brilliant".
  { id: 'soft.would-help', re: /\b(?:it'?d|it\s+would|would|it\s+will|will)\s+(?:really\s+|massively\s+|hugely\s+|so\s+)?help\s+(?:me\s+|us\s+)?(?:a\s+lot\s+)?(?:to\s+)?(?:know|hear|understand|get|have|see)\b|\b(?:would|'d)\s+be\s+(?:really\s+|super\s+|so\s+|very\s+|most\s+|much\s+)?(?:great|brilliant|amazing|awesome|ideal|helpful|fantastic|perfect|lovely|useful|handy|appreciated|a\s+(?:huge|big|great|real)\s+help)\b/gi, reason: 'asks "it would help to know / would be great"' },
  { id: 'soft.when-you-can', re: /\b(?:when(?:ever)?|once|if)\s+you\s+(?:get|have|find)\s+(?:a\s+)?(?:chance|moment|minute|sec|second|a\s+few\s+minutes|time)\b/gi, reason: 'asks "when you get a chance"' },
  { id: 'soft.need-update', re: /(?:\b(?:I|we)\s+|^(?:[A-Z][\w'’]*\s*[-–—,:]\s*)?)(?:just\s+|really\s+|still\s+)?need\s+(?:a|an|the|your)\s+(?:quick\s+|rough\s+|short\s+|honest\s+|early\s+)?(?:update|estimate|number|read|pulse|sense|answer|take|input|view|thoughts|opinion|steer|gut(?:\s+feel)?|guidance|assessment)\b/gi, reason: 'says "I need a quick update/estimate"' },
  { id: 'soft.send-me', re: /\b(?:send|give|shoot)\s+me\b/gi, reason: 'asks "send me"' },
  // Passed on from the customer: "the developer would like an indication of the programme".
  { id: 'soft.indication', re: /\b(?:would|'d)\s+like\s+(?:an?|some|the|your)\s+(?:rough\s+|quick\s+|early\s+|first\s+|initial\s+)?(?:indication|idea|sense|estimate|view|steer|feel)\b/gi, reason: 'asks for an indication' },
  { id: 'soft.wants-to-know', re: /\bwant(?:s|ed)?\s+to\s+(?:know|make\s+sure|check|understand|get\s+a\s+(?:feel|sense))\b|\b(?:would|'d)\s+like\s+to\s+know\b/gi, reason: 'wants to know' },
  { id: 'soft.passed-on', re: /\b(?:is|are|was|were|been|keeps?|kept)\s+asking\b|\b(?:asked|asking)\s+(?:me\s+|us\s+)?(?:how|when|what|where|whether|if)\b|\bemailed\s+me\s+asking\b/gi, reason: 'passes on a question' },
  // A need addressed to the reader without "you": "an update on X is needed before my QBR".
  { id: 'soft.is-needed', re: /\b(?:is|are)(?<!\b(?:no|nothing|none)\s+(?:[\w-]+\s+){0,3}(?:is|are))\s+(?:urgently\s+|really\s+|still\s+|now\s+)?(?:needed|required)\b|\b(?:has|have|needs?)\s+to\s+be\s+(?:provided|shared|sent|given|put\s+together)\b/gi, reason: 'says it is needed' },
  { id: 'soft.keep-informed', re: /\b(?:loop|fill|catch)\s+me\s+in\b|\b(?:get|bring|be)\s+(?:me\s+)?up\s+to\s+speed\b|\bkeep\s+me\s+posted\b/gi, reason: 'asks to be kept informed' },
  // "Just checking how go-live prep is looking": the question said as a check-in.
  { id: 'soft.checking', re: /\b(?:just\s+)?(?:checking|check(?:ing)?\s+in)\s+(?:on\s+)?(?:how|where|whether|if|what)\b|\bwanted\s+to\s+check\s+(?:how|where|whether|if|what)\b/gi, reason: 'checks in on it' },
];

/** "A range is fine", "weeks and headcount is plenty": a rough answer is wanted. */
export const ROUGH_ANSWER_CUES: Cue<RoughAnswerCueId>[] = [
  { id: 'rough.is-enough', re: /\b(?:is|are|'s)\s+(?:totally\s+|perfectly\s+|more\s+than\s+|absolutely\s+)?(?:fine|plenty|enough|ok|okay|good\s+enough|all\s+I\s+need)\b/gi, reason: 'says a rough answer is enough' },
  { id: 'rough.would-do', re: /\b(?:would|will|'d|'ll|should)\s+(?:do|suffice|work|be\s+(?:fine|plenty|enough|ok|okay|good\s+enough))\b/gi, reason: 'says a rough answer is enough' },
  { id: 'rough.need-not-be-exact', re: /\b(?:doesn'?t|does\s+not|don'?t|no)\s+(?:need\s+to\s+be\s+(?:precise|exact|formal|perfect)|need\s+anything\s+formal)\b|\bno\s+need\s+for\s+anything\s+formal\b/gi, reason: 'says the answer can be rough' },
];

/** The ask is withdrawn: "no need to edit", "don't need you to", "nothing needed". */
export const NEGATED_ASK =
  /\b(?:no\s+need|(?:don'?t|do\s+not|doesn'?t|won'?t|never)\s+(?:need|want|have)\s+(?:you|u)?\s*to|nothing\s+(?:else\s+|more\s+)?(?:needed|required|to\s+do|for\s+(?:you|u)\s+to\s+do)|no\s+action|not\s+asking\s+you|(?:ignore|disregard)\s+(?:my|the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:e-?mail|message|note|request|ask|ping))\b/i;

/**
 * The sender does it or did it: "myself", "I'll handle", "I've already sent",
 * "Hannah and I will pull together". Applied to a single clause.
 */
export const SELF_HANDLED =
  /\bmyself\b|\b(?:I|we)(?:'ll|'ve|'m|\s+will|\s+have|\s+had|\s+can|\s+am|\s+already|\s+just|\s+ended\s+up)\s+(?:already\s+|just\s+|going\s+to\s+|gonna\s+|be\s+)?(?:[a-z]+\s+and\s+)?(?:handl|do\b|did\b|done\b|doing|draft|writ|wrote|send|sent|tak|took|cover|own|build|built|updat|finish|fill|pull|put|chas|ping|get\b|got\b|prepar|work|revis|redlin|answer)|\b(?:I|we)\s+(?:handled|drafted|wrote|sent|took\s+care|finished|filled|updated|revised|redlined|answered|chased|built)\b/i;

/** A bare "please" is too weak to carry an ask on its own. */
export const BARE_PLEASE = /^(?:please|pls|plz|kindly)$/i;

/** After "need the SOW": signing, approval or a file to look at is not work for the reader. */
export const NOT_WORK_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:(?:counter-?)?signed|approved|executed|back\s+from|returned|templates?|links?|files?|examples?|samples?|location)\b/i;

/** Words between "need the" and its object: modifiers and "of", no other preposition. */
export const OBJECT_GAP = /^(?:(?!(?:about|on|for|with|re|regarding|from|to|in|at|by|before|after)\b)[\w'’-]+\s+){0,5}$/i;

/** A pointer-free handover ("the onboarding is over to you") must name the deliverable right there. */
export const HANDOVER_POINTER = /\b(?:it|this|that|them|these|those)\b/i;

/** Words that make a short note about a deliverable a request. */
export const TERSE_URGENCY = /\b(?:pls|please|plz|asap|need\s+(?:it|this|them)|by\s+(?:eod|cob|eow|tmrw|tomorrow|tonight|today|mon|tue|wed|thu|fri|\w+day))\b/i;

/** What may precede the deliverable in a terse note: "sow for X pls", "new quote for Y asap". */
export const TERSE_OPENING = /^(?:(?:need|the|a|an|new|updated|revised|final|draft)\s+){0,2}$/i;
