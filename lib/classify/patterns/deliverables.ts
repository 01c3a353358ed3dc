import type { DeliverableCueId } from '../ids';
import type { Cue } from './match';

/**
 * Sales' pre-signature deliverables and their synonyms: contract documents
 * and their parts, then pre-sale material (proposals, RFPs, quotes, vendor
 * forms, collateral). Each cue's reason names the deliverable in evidence.
 */
export const CONTRACTING_DELIVERABLES: Cue<DeliverableCueId>[] = [
  { id: 'deliverable.sow', re: /\b(?:SOWs?|statements?\s+of\s+work|scopes?\s+of\s+work|scope\s+(?:doc|document)s?|scoping\s+doc(?:ument)?s?|work\s+orders?|engagement\s+letters?|letters?\s+of\s+intent|LOIs?)\b/gi, reason: 'SOW' },
  { id: 'deliverable.msa', re: /\b(?:MSAs?|master\s+(?:services?|subscription|consulting)\s+agreements?)\b/gi, reason: 'MSA' },
  { id: 'deliverable.order-form', re: /\border[-\s]?forms?\b/gi, reason: 'order form' },
  { id: 'deliverable.contract', re: /\b(?:contracts?|agreements?|addend(?:um|a)|amendments?|T\s?&\s?Cs|terms\s+and\s+conditions|change\s+(?:orders?|requests?)|variation\s+orders?|term\s+sheets?|heads\s+of\s+terms|letters?\s+of\s+intent|LOIs?|contrat(?:o|os|to|ti)?|Vertr(?:a|ä)g(?:e|s)?)\b/gi, reason: 'contract' },
  { id: 'deliverable.change-request', re: /\bCRs?\b/g, reason: 'change request' },
  { id: 'deliverable.redlines', re: /\b(?:red-?lines?|redlin(?:ed|ing)|mark-?ups?|tracked\s+changes|legal(?:'s)?\s+(?:comments|feedback|changes))\b/gi, reason: 'redlines' },
  { id: 'deliverable.nda-dpa', re: /\b(?:DPAs?|NDAs?|MNDAs?|BAAs?|data\s+processing\s+(?:agreement|addendum)|non-?disclosure|business\s+associate\s+agreement)\b/gi, reason: 'NDA/DPA/BAA' },
  { id: 'deliverable.paperwork', re: /\b(?:paperwork|signature\s+pages?|for\s+(?:e-?)?signature|e-?signatures?|DocuSign\s+envelope|countersignature|countersigned|purchase\s+orders?)\b/gi, reason: 'paperwork' },
  { id: 'deliverable.purchase-order', re: /\bPOs?\b/g, reason: 'purchase order' },
  { id: 'deliverable.contract-terms', re: /\b(?:limitation\s+of\s+liability|liability\s+(?:cap|clause|language|section)|indemni(?:ty|fication)|warrant(?:y|ies)\s+(?:clause|language|section|terms)|termination\s+(?:clause|language|rights)|IP\s+(?:clause|ownership|language|terms)|governing\s+law|(?:legal|contract|commercial)\s+(?:terms|language|clauses))\b/gi, reason: 'contract terms' },
  { id: 'deliverable.contract-section', re: /\b(?:(?:exhibits?|schedules?|annex(?:es)?|appendi(?:x|ces))\s+[A-Z\d]{1,2}\b|out[-\s]of[-\s]scope\s+(?:section|list)|assumptions\s*(?:&|and)\s*(?:out[-\s]of[-\s]scope|exclusions)|acceptance\s+(?:criteria|sections?|language|terms|clauses?)|deliverables\s+(?:table|list|section)|assumptions\s+section|payment\s+(?:terms|schedule|milestones)|milestone\s+table|(?:clauses?|sections?|articles?|paragraphs?)\s+\d{1,2}(?:\.\d{1,2})?|schedules?\s+of\s+(?:services|fees|rates|works|deliverables))\b/gi, reason: 'contract section' },
];

export const PRESALE_DELIVERABLES: Cue<DeliverableCueId>[] = [
  { id: 'deliverable.proposal', re: /\b(?:proposals?|propuestas?|propostas?|offerta\s+tecnica)\b/gi, reason: 'proposal' },
  { id: 'deliverable.rfp', re: /\b(?:(?:bid|tender|RF[PIQ])\s+(?:responses?|submissions?|answers)|(?:implementation|methodology|technical|staffing|approach)\s+section\s+of\s+(?:our|the)\s+(?:response|bid|tender|submission)|RF[PIQ]s?|requests?\s+for\s+(?:proposal|information|quot(?:e|ation))|tenders?|bids?|(?:response|compliance|requirements)\s+matrix)\b/gi, reason: 'RFP/RFI' },
  // A write-up made to be sent on to the customer is sales material.
  { id: 'deliverable.customer-material', re: /\b(?:summary|overview|write-?up|one-?pager|brief)\b(?=[^.?!\n]{0,40}\b(?:send|share|forward|give|show|present)\w*\s+(?:it\s+)?(?:to\s+)?(?:them|their|the\s+(?:client|customer|prospect)))/gi, reason: 'material for the customer' },
  { id: 'deliverable.questionnaire', re: /\b(?:security|vendor|infosec|compliance|risk|privacy|IT|SIG|CAIQ|HECVAT|due[-\s]diligence|procurement|supplier)\s+(?:questionnaires?|assessments?|reviews?|review\s+forms?|questions|forms?|applications?)|\bquestionnaires?\b|\b(?:cuestionarios?|Fragebogen|Frageb(?:ö|oe)gen)\b|\bSOC\s?2\s+(?:questions|questionnaire|request)\b/gi, reason: 'security questionnaire' },
  // The standard questionnaires by name: "CAIQ v4 attached", "their SIG Lite".
  { id: 'deliverable.questionnaire-name', re: /\b(?:CAIQ|HECVAT|VSAQ|SIG(?:\s+(?:Lite|Core|Full))?)\b/g, reason: 'security questionnaire' },
  { id: 'deliverable.quote', re: /\b(?:quotes?|quotations?|commercials|pricing(?:\s+(?:sheet|model|table|section|page|doc))?|price\s+(?:sheet|list)|cost\s+(?:breakdown|sheet|model)|cotizaci(?:ó|o)n(?:es)?|presupuestos?|Angebot(?:e|s)?|Kostenvoranschlag|Preisliste|devis|preventiv[oi]|BOQs?|bills?\s+of\s+quantities|rate\s+cards?)\b/gi, reason: 'quote/pricing' },
  { id: 'deliverable.vendor-forms', re: /\b(?:(?:vendor|supplier)\s+(?:onboarding\s+)?(?:packet|pack|forms?|registration|setup)|onboarding\s+(?:packet|pack|forms?)|W-?9|certificate\s+of\s+insurance|attestations?)\b/gi, reason: 'vendor forms' },
  { id: 'deliverable.collateral', re: /\b(?:case\s+stud(?:y|ies)|references|one-?pager|(?:pitch|sales|capabilities|proposal|finalist|kickoff|kick-off)\s+deck|slides|resumes|bios|architecture\s+(?:overview|diagram)|sample\s+(?:project\s+)?plan|capabilities\s+statement|executive\s+summary|business\s+case)\b/gi, reason: 'sales collateral' },
];

export const ALL_DELIVERABLES: Cue<DeliverableCueId>[] = [...CONTRACTING_DELIVERABLES, ...PRESALE_DELIVERABLES];

/** Document parts and work items that stand in for a deliverable named nearby. */
const DOC_NOUNS = String.raw`response|responses|answers|sections?|chapters?|paragraphs?|annex(?:es)?|schedules?|tabs?|appendices|write-?up|version|copy|language|clauses?|numbers|forms?|pages?|narrative|piece|part|portion|content|appendix|exhibit|attachment|document|doc|deck|slides|materials|updates|fixes|tweaks|revisions|edits|changes|points|items|issues|questions|comments`;

/** Plain pronouns: the only pointers trusted to reach the subject line or quoted mail. */
export const PRONOUN = /\b(?:it|this(?:\s+one)?|that(?:\s+one)?|them|those|these)\b/i;

/**
 * Right after a verb, an object that is only a part of a document named
 * elsewhere: "prepare responses for the attached queries", "do the needful",
 * "fill in the attached". It may reach the subject line or quoted mail too.
 */
export const CONTEXT_POINTER = /^\s*(?:(?:the|our|your|all|detailed|draft|written|point-?wise)\s+){0,2}(?:responses|answers|replies|needful)\b|^\s*(?:(?:in|out|up)\s+)?the\s+attached\b/i;

/**
 * Words that point back at a deliverable named nearby: "fill it out", "take
 * those sections", "draft our responses", "counter-language for both".
 */
export const ANAPHOR = new RegExp(
  [
    String.raw`\b(?:it|this(?:\s+one)?|that(?:\s+one)?|them|those|these)\b`,
    String.raw`\b(?:the\s+(?:doc|document|draft|template|comments|rest|questions|next\s+version|new\s+version)|their\s+(?:comments|changes|edits|questions|markup|feedback))\b`,
    String.raw`\b(?:a|the)\s+(?:first\s+|revised\s+|updated\s+|clean\s+)?(?:draft|version|copy|pass)\b`,
    String.raw`\b(?:the|their|our|a|your)\s+(?:\S+\s+){0,4}?(?:${DOC_NOUNS})\b`,
    String.raw`\bthe\s+(?:remaining|outstanding|other|missing|open)\b`,
    String.raw`\b(?:sections|responses|answers|drafts)\b|\bthe\s+needful\b`,
    String.raw`\b(?:at|on|to|with)\s+(?:the\s+)?(?:responses|answers|comments|changes|edits|sections|questions)\b`,
    String.raw`\b(?:counter-?)?(?:language|wording|drafts?)\b|\b(?:both|each|all\s+of\s+(?:them|it))\b`,
    // Numbered parts of a document named nearby: "answer questions 12-30", "tabs D and G".
    String.raw`\b(?:questions?|sections?|rows?|tabs?|items?|parts?|chapters?)\s+(?:\d{1,3}|[A-Z])\b`,
    String.raw`\b(?:anything|everything)\s+(?:on|in|about|around|that)\b|\b(?:something|an?\s+alternative|a\s+compromise|a\s+fallback)\s+(?:we|that|they|which|for)\b`,
    String.raw`\b(?:all|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|\bthe\s+lot\b|\b(?:chapters|paragraphs|annexes)\b`,
  ].join('|'),
  'i',
);
