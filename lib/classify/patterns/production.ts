import type { ChaseCueId, NeedsDoneCueId, ProductionCueId, WantedDoneCueId } from '../ids';
import type { Cue } from './match';

/**
 * Verbs that mean "produce or finish a document" or "chase the customer".
 * Reading or checking ("review", "sanity-check") is deliberately absent:
 * that is delivery input, not Sales' work.
 */
export const PRODUCTION_VERBS: Cue<ProductionCueId>[] = [
  { id: 'produce.write', re: /\b(?:write|re-?write|re-?writing|writing)(?:\s+(?:it|this|that|them)\s+up|\s+up)?\b/gi, reason: 'asks to write' },
  // Only the verb: "could you draft", "to draft", "Draft the…"; not "the SOW draft".
  { id: 'produce.draft', re: /(?:(?<=\b(?:you|u|to|please|pls|and|or|just|then|help|me|also|mind)\s+)|^)(?:draft|re-?draft|drafting)\b(?!\s+(?:is|was)\b)/gim, reason: 'asks to draft' },
  { id: 'produce.build', re: /\bbuild(?:ing)?(?:\s+out)?\b/gi, reason: 'asks to build' },
  { id: 'produce.put-together', re: /\b(?:put|putting|pull|pulling|throw|throwing|cobble|cobbling|knock|knocking|slap|slapping|bang|banging|hack|hacking|stitch|stitching)\s+(?:[\w'’-]+\s+){0,4}?together\b/gi, reason: 'asks to put together' },
  { id: 'produce.prepare', re: /\b(?:prepare|preparing|prep|rough(?:ing)?\s+out|sketch(?:ing)?\s+out|flesh(?:ing)?\s+out|create|creating|produce|producing|mock\s+up|spin\s+up)\b/gi, reason: 'asks to prepare' },
  { id: 'produce.fill-out', re: /\b(?:fill(?:ing)?\s+(?:(?:it|this|that|them|those)\s+)?(?:out|in|up)|(?<!\bmark\s)complete|completing)\b|\bfill(?:ing)?(?=\s+(?:the|this|that|these|those|our|their|all|a|an)\s)/gi, reason: 'asks to fill out' },
  { id: 'produce.revise', re: /\b(?:updat(?:e|ing)(?!\s+on\b|\s*:)|revis(?:e|ing)|amend(?:ing)?|rework(?:ing)?|redlin(?:e|ing)|mark(?:ing)?\s+up|edit(?:ing)?|tweak(?:ing)?|adjust(?:ing)?|clean(?:ing)?\s+up|fix(?:ing)?(?:\s+up)?|finali[sz](?:e|ing)|finish(?:ing)?|polish(?:ing)?|tidy(?:ing)?\s+up|turn(?:ing)?\s+around)\b/gi, reason: 'asks to revise' },
  // Negotiating with the customer's counsel is contract work without naming a document.
  { id: 'produce.negotiate', re: /\b(?:negotiat(?:e|ing)|work(?:ing)?\s+(?:it\s+out\s+)?with\s+(?:their|the\s+(?:client'?s?|customer'?s?))\s+(?:[\w-]+\s+)?(?:counsel|legal|lawyers?|attorneys?|procurement|GC|purchasing)|clos(?:e|ing)\s+out)\b/gi, reason: 'asks to negotiate the contract' },
  { id: 'produce.work-on', re: /\b(?:knock(?:ing)?|bang(?:ing)?|crank(?:ing)?|churn(?:ing)?|sort(?:ing)?|fill(?:ing)?)\s+(?:(?:it|this|that|them|those|these)\s+)?out\b|\b(?:whip(?:ping)?\s+up|work(?:ing)?\s+(?:through|on)|tackl(?:e|ing)|rerun(?:ning)?|re-?do(?:ing)?)\b/gi, reason: 'asks to work on it' },
  { id: 'produce.first-pass', re: /\btak(?:e|ing)\s+(?:a\s+|the\s+)?(?:first\s+|quick\s+|1st\s+|initial\s+)?(?:pass|stab|crack|swing|shot|cut|whack)\s+at\b/gi, reason: 'asks to take a first pass' },
  { id: 'produce.take-part', re: /\btak(?:e|ing)\s+(?:on\s+)?(?:the\s+)?(?:sections?|questions?|parts?|pieces?|(?:sections?\s+)?[A-Z]\d?\s*(?:-|–|to|through|thru)\s*[A-Z]\d?\b|(?:[\w-]+\s+){1,2}(?:section|sections|part|piece|questions))\b/gi, reason: 'asks to take a part of it' },
  { id: 'produce.make-changes', re: /\bmak(?:e|ing)\s+(?:the|those|these|a\s+few|some|our|their|any)\s+(?:[\w-]+\s+)?(?:changes|edits|tweaks|updates|fixes|revisions|corrections|adjustments)\b/gi, reason: 'asks to make the changes' },
  { id: 'produce.send-back', re: /\b(?:ship|shoot|fire|kick)(?:ping|ing)?\s+(?:it\s+|this\s+|that\s+|them\s+)?(?:back|over|out|across)\b/gi, reason: 'asks to send it back' },
  { id: 'produce.take-care', re: /\b(?:tak(?:e|ing)\s+care\s+of|deal(?:ing)?\s+with|help(?:ing)?\s+(?:out\s+)?with)\b/gi, reason: 'asks to take care of it' },
  { id: 'produce.get-done', re: /\bget(?:ting)?\s+(?:it|that|this|them|those)\s+(?:done|finished|sorted|wrapped|over\s+the\s+line|out|across|back)\b/gi, reason: 'asks to get it done' },
  { id: 'produce.take-on', re: /\btak(?:e|ing)\s+(?:this|that|it)(?:\s+one)?(?:\s+(?:too|as\s+well|also))?(?=\s*[?.!,]|\s*$|\s+(?:on|over|forward|ahead)\b)/gi, reason: 'asks to take it on' },
  // A list handed over whole: "please take all four", "can you take both?", "take the lot".
  { id: 'produce.take-items', re: /\btak(?:e|ing)\s+(?:on\s+)?(?:all\s+(?:of\s+)?(?:them|these|those|it|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|both(?:\s+of\s+(?:them|these|those))?|the\s+lot|(?:these|those|them)(?:\s+(?:on|over))?(?=\s*[?.!,]))/gi, reason: 'asks to take the items on' },
  // Adapting earlier material and resolving the other side's changes.
  { id: 'produce.adapt', re: /\b(?:adapt(?:ing)?|tailor(?:ing)?|customi[sz](?:e|ing)|repurpos(?:e|ing))\b|\baccept(?:ing)?\s*(?:\/|or|and|&)\s*reject(?:ing)?\b|\bresolv(?:e|ing)\s+(?:the\s+|their\s+|all\s+|any\s+|those\s+|these\s+)?(?:open\s+|remaining\s+|outstanding\s+)?(?:comments|changes|edits|redlines|points|issues|questions)\b/gi, reason: 'asks to adapt or resolve changes' },
  { id: 'produce.have-ready', re: /\bhave\s+(?:the\s+|a\s+|your\s+)?(?:drafts?|it|them|this|that|those|[\w-]+\s+(?:drafts?|versions?))\s+(?:to\s+me|ready|done|back|over|in)\b/gi, reason: 'asks to have drafts ready' },
  { id: 'produce.own', re: /\b(?:handle|handling|own|owning|lead|leading|drive|driving|quarterback|take\s+over|taking\s+over|take\s+(?:it|this|that|them)\s+(?:over|forward|ahead|the\s+rest\s+of\s+the\s+way|from\s+here)|run\s+with)\b/gi, reason: 'asks to own/handle' },
  { id: 'produce.turn-into', re: /\b(?:turn|convert|plug|drop|pop|punch|key)\s+(?:(?:it|this|that|them|these|those|the\s+(?:numbers|figures|rates|hours|prices|quantities))\s+)?(?:straight\s+)?into\b/gi, reason: 'asks to turn it into' },
  { id: 'produce.answer', re: /\b(?:answer|answering|respond\s+to|reply\s+to|address)\b/gi, reason: 'asks to answer' },
  { id: 'produce.send-to-customer', re: /\b(?:(?:re-?)?send(?:ing)?|forward(?:ing)?|submit(?:ting)?|return(?:ing)?|upload(?:ing)?|get(?:ting)?)\s+(?:(?:it|this|that|them|those|(?:the|a|an)(?:\s+[\w-]+){1,3})\s+)?(?:back\s+)?(?:over\s+)?(?:directly\s+|straight\s+)?to\s+(?:them|their|the\s+(?:client|customer|prospect)|[A-Z])/g, reason: 'asks to send it to the customer' },
  // Reviewing a contract document is contract work (the corpus label guide: "Please review the attached
  // redline / scope of work / term sheet … and call me with your comments"); reviewing a plan is not.
  { id: 'produce.review-contract', re: /\b(?:hav(?:e|ing)\s+a\s+(?:look|go)\s+at|tak(?:e|ing)\s+a\s+(?:look|pass)\s+at|review|reviewing|go(?:ing)?\s+(?:through|over)|look(?:ing)?\s+(?:over|through)|read(?:ing)?\s+(?:through|over)|check(?:ing)?\s+over|comb(?:ing)?\s+through)\s+(?:(?!(?:before|after|then|and|so|if|when)\b)[\w&'’()-]+\s+){0,7}?(?:contracts?|agreements?|MSAs?|order\s+forms?|term\s+sheets?|redlines?|(?:exhibits?|schedules?|annex(?:es)?|appendi(?:x|ces))\s+[A-Z\d]{1,2}\b|SOWs?|statements?\s+of\s+work|scope\s+of\s+work|NDAs?|DPAs?|addend(?:um|a)|amendments?|T\s?&\s?Cs|terms\s+and\s+conditions|confirmations?|change\s+orders?)\b/g, reason: 'asks to review a contract document' },
  // "send me the SOW template/link" asks for a file, not for work.
  { id: 'produce.send', re: /\b(?:re-?)?send(?:ing)?\b(?!\s+(?:me|us)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:[\w-]+\s+)?(?:template|link|example|sample|location|file\s+path|case\s+stud|references|deck|slides|resumes|bios|one-?pager))/gi, reason: 'asks to send' },
  { id: 'produce.do', re: /\bdo\s+(?:the|a|an|their|our)\b/gi, reason: 'asks to do' },
  // Proposing contract wording: "propose new wording for Article 8", "come up with counter-language".
  { id: 'produce.propose-wording', re: /\b(?:propos(?:e|ing)|suggest(?:ing)?|come\s+up\s+with|coming\s+up\s+with)\s+(?:something|an?\s+alternative|a\s+compromise|a\s+fallback)\s+(?=we|that|they|which|for)|\b(?:propos(?:e|ing)|suggest(?:ing)?|come\s+up\s+with|coming\s+up\s+with|offer(?:ing)?)\s+(?:(?:a|an|the|some|new|alternative|revised|different|compromise|fallback|our|better)\s+){0,3}(?:wording|language|text|counter-?(?:language|proposal|wording)|redlines?|clause|amendments?)\b/gi, reason: 'asks to propose wording' },
  // "Please (to) share the updated pricing sheet with the client"; not thoughts, feedback or a link.
  { id: 'produce.share', re: /\bshar(?:e|ing)\b(?!\s+(?:(?:it\s+|them\s+)?with\s+(?:me|us)\b|(?:me|us)\b|(?:your\s+|some\s+|any\s+|the\s+|a\s+)?(?:[\w-]+\s+)?(?:thoughts|feedback|input|views?|opinion|take|availability|calendar|screen|link|template|location|folder|updates?|status|estimate|hours|numbers|concerns|questions|learnings|news)\b))/gi, reason: 'asks to share it with the customer' },
];

/** Chasing the customer for signatures, paperwork or inputs needed to close. */
export const CHASE_VERBS: Cue<ChaseCueId>[] = [
  { id: 'chase.chase', re: /\bchas(?:e|ing)(?:\s+(?:it|them|these|those|this|that|her|him)?\s*(?:down|up))?\b/gi, reason: 'asks to chase' },
  { id: 'chase.follow-up', re: /\bfollow(?:ing)?[-\s]up\s+with\b/gi, reason: 'asks to follow up with them' },
  { id: 'chase.ping', re: /\b(?:ping|nudge|poke|bug|hound|remind)\s+(?:them|her|him|their|the\s+(?:client|customer)|[A-Z])/g, reason: 'asks to ping them' },
  { id: 'chase.get-signed', re: /\bget\s+(?:it|this|that|them|the\s+\w+(?:\s+\w+)?)\s+(?:counter)?signed\b/gi, reason: 'asks to get it signed' },
  { id: 'chase.get-signature', re: /\b(?:get|collect|obtain|track\s+down)\s+(?:the\s+|their\s+)?signatures?\b/gi, reason: 'asks to get the signature' },
  { id: 'chase.track-down', re: /\btrack\s+(?:it|them|these|those)?\s*down\b/gi, reason: 'asks to track it down' },
  { id: 'chase.move-along', re: /\b(?:nudge|push|poke|hurry|move)\s+(?:[\w-]+\s+){0,2}along\b|\bspeed\s+(?:it|things|this)\s+up\b|\bask(?:ing)?\s+(?:her|him|them|their\s+[\w-]+)\s+to\s+(?:sign|nudge|push|send|return|chase|move)\b/gi, reason: 'asks to move them along' },
  { id: 'chase.nudge', re: /\bgiv(?:e|ing)\s+(?:them|her|him|their\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\s+a\s+(?:quick\s+|gentle\s+|friendly\s+|little\s+)?(?:nudge|ping|poke|reminder|push|call|shout|bump)\b/g, reason: 'asks to give them a nudge' },
  { id: 'chase.get-back', re: /\bget\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?back\s+from\b/gi, reason: 'asks to get it back from them' },
  { id: 'chase.reach-out', re: /\breach(?:ing)?\s+out\s+to\s+(?:their|them|her|him|the\s+(?:client|customer))\b/gi, reason: 'asks to reach out to them' },
  // Chasing by phone or reminder: "call their GC", "ring them tomorrow", "resend the DocuSign reminder".
  { id: 'chase.call', re: /\b(?:call|ring|phone|email|e-mail|text|message|escalate\s+to)\s+(?:their|them|her|him|the\s+(?:client|customer|prospect)(?:'s)?)\b/g, reason: 'asks to call them' },
  { id: 'chase.reminder', re: /\b(?:re-?)?send(?:ing)?\s+(?:them\s+|her\s+|him\s+)?(?:a|the|another|one\s+more)\s+(?:[\w-]+\s+){0,2}?reminders?\b/gi, reason: 'asks to send a reminder' },
];

/**
 * Someone wants a document produced, said in the passive: "they want the
 * compliance matrix re-done", "legal needs the DPA marked up by Friday".
 * Who is to do it comes from an ask next to it.
 */
export const WANTED_DONE: Cue<WantedDoneCueId>[] = [
  { id: 'wanted.done', re: /\b(?:wants?|wanted|needs?|needed|expects?|expected|requires?|required|asked\s+for|asking\s+for)\s+(?!to\b)[^.?!\n]{1,80}?\b(?:answered|re-?done|redone|reworked|rewritten|drafted|written(?:\s+up)?|filled\s+(?:out|in)|completed|updated|revised|redlined|marked\s+up|turned\s+around|put\s+together|priced(?:\s+up)?|adapted|tailored|resubmitted)\b/gi, reason: 'says the document is wanted done' },
];


/**
 * A document that "has to be / needs to be / must be" produced, said to the
 * reader with no doer named: "Redwood's questionnaire has to be completed
 * before they'll shortlist us", "the order form needs to be updated". Who is
 * to do it is the reader unless the sender or someone else claims it (see
 * `needDoneAsk`). Signing is the customer's job, so "needs to be signed" is not here.
 */
export const NEEDS_DONE: Cue<NeedsDoneCueId>[] = [
  { id: 'needs.done', re: /\b(?:(?:has|have|needs?|is\s+going|are\s+going|is|are)\s+to|must|should)\s+be\s+(?:re-?done|redone|done|completed|filled\s+(?:out|in)|filled|updated|revised|amended|drafted|written(?:\s+up)?|prepared|put\s+together|pulled\s+together|redlined|marked\s+up|answered|finali[sz]ed|reworked|rewritten|turned\s+around|submitted|priced(?:\s+up)?|adapted|tailored|sent\s+back|returned|created|produced|built|worked\s+(?:out|up|through)|sorted(?:\s+out)?|figured\s+out|fleshed\s+out|costed(?:\s+out)?|priced\s+out|scoped(?:\s+out)?)\b(?!\s+by\s+(?:them|him|her|their\s+\w+|legal|procurement|finance|the\s+(?:client|customer|prospect|other\s+side)|me|us)\b)|\bneeds?\s+(?:updating|revising|amending|completing|drafting|redoing|reworking|filling\s+(?:in|out)|answering|finishing|writing|costing|pricing|working\s+(?:out|up))\b/gi, reason: 'says the document has to be done' },
  // A document still missing a part: "the proposal still needs a draft run-of-show and the budget section".
  { id: 'needs.part', re: /\b(?:still\s+)?(?:needs?|requires?|is\s+(?:still\s+)?missing|lacks)\s+(?:a|an|the|its|our|some|\d+)\s+(?!(?:[\w-]+\s+){0,2}?(?:signatures?|sign-?offs?|approvals?|countersignature)\b)(?:[\w-]+\s+){0,4}?(?:sections?|drafts?|chapters?|pages?|parts?|pieces?|tables?|budget|plan|narrative|write-?ups?|summary|appendix|annex|schedule|timeline|approach|pricing|costing|numbers|answers|responses)\b/gi, reason: 'says the document still needs a part' },
];

/** Customer-side targets for a chase: "their IT lead", "her", "the client". */
export const CUSTOMER_TARGET = /\b(?:their|them|they|her|him|the\s+(?:client|customer|prospect))\b/i;

/** A chase about signatures or paperwork needs no other target. */
export const SIGNATURE_WORDS = /\bsign(?:ed|ature|atures|\s+off)?\b|\bpaperwork\b/i;
