import type { SignedCueId, UnsignedCueId } from '../ids';
import type { Cue } from './match';

/** The text shows the deal is still open (used when no deal is linked). */
export const UNSIGNED_CUES: Cue<UnsignedCueId>[] = [
  { id: 'stage.before-they-sign', re: /\bbefore\s+(?:we|they|you|the\s+(?:client|customer)|legal|procurement|\w+)\s+(?:can\s+|will\s+)?(?:sign|signs|signing|sign\s+off|signs\s+off|commit|commits|approve|approves|decide|decides|execute|award|pick)\b/gi, reason: 'deal not signed yet ("before they sign")' },
  { id: 'stage.before-signature', re: /\bbefore\s+(?:signing|signature|contract(?:ing)?|close|closing)\b/gi, reason: 'deal not signed yet ("before signature")' },
  { id: 'stage.not-signed', re: /\b(?:not|n'?t|never|yet\s+to\s+be|un)[-\s]?signed\b|\bnothing(?:'s|\s+is)?\s+(?:signed|committed|close|final)\b|\bhasn'?t\s+signed\b|\bhaven'?t\s+signed\b/gi, reason: 'deal not signed yet' },
  { id: 'stage.needs-signature', re: /\b(?:need|needs|want|get|getting|have|want\s+it|hoping\s+to\s+get\s+(?:it|this))\s+(?:it\s+|this\s+|them\s+)?(?:counter-?)?signed\b/gi, reason: 'needs a signature' },
  { id: 'stage.copy-not-back', re: /\b(?:hasn'?t|haven'?t|has\s+not|have\s+not|still\s+(?:hasn'?t|haven'?t)|not\s+yet)\s+(?:returned|sent\s+back|sent|countersigned|executed)\b/gi, reason: 'signed copy not back yet' },
  { id: 'stage.once-they-sign', re: /\b(?:once|as\s+soon\s+as|when|after)\s+(?:they|the\s+(?:client|customer)|\w+)\s+(?:sign|signs|countersign|commit)\b/gi, reason: 'signature still ahead' },
  { id: 'stage.ready-to-sign', re: /\b(?:ready|want|wants|hoping|able)\s+to\s+sign\b|\bfor\s+(?:e-?)?signature\b|\bto\s+sign\s+(?:by|before|this|next)\b/gi, reason: 'signature still ahead' },
  { id: 'stage.to-close', re: /\bover\s+the\s+line\b|\b(?:to|help\s+us|can)\s+close\s+(?:this|the\s+deal|it)\b|\bclose\s+this\s+(?:week|month|quarter)\b|\b(?:quarter|qtr|Q[1-4])\s+(?:ends?|closes?)\b|\bif\s+(?:it|they|\w+)\s+closes?\b/gi, reason: 'deal still to close' },
  { id: 'stage.in-sales', re: /\bpending\s+(?:board\s+|legal\s+|budget\s+|final\s+)?approval\b|\bverbal\s+(?:yes|commit(?:ment)?)\b|\bstill\s+deciding\b|\bcomparing\s+vendors\b|\b(?:short-?list|finalists?|bake-?off)\b|\bearly\s+(?:convo|conversations?|days|stages?)\b|\bprospect\b|\bbefore\s+(?:they|we)\s+finali[sz]e\b/gi, reason: 'deal still in sales' },
  // "The PO has not been raised yet", "the contract isn't signed", "agreed in principle", "verbally accepted".
  { id: 'stage.document-not-signed', re: /\b(?:PO|purchase\s+order|contract|agreement|SOW|paperwork|order\s+form|appointment|engagement\s+letter)\s+(?:has\s+not|hasn'?t|have\s+not|haven'?t|is\s+not|isn'?t|was\s+not|wasn'?t|not)\s+(?:yet\s+)?(?:been\s+)?(?:raised|issued|released|received|signed|executed|approved|finali[sz]ed|countersigned)\b|\b(?:agreed|accepted)\s+in\s+principle\b|\bverbally\s+(?:accepted|agreed|committed|confirmed)\b|\b(?:before|until)\s+(?:they|the\s+(?:client|customer))\s+(?:raise|release|issue)\s+the\s+PO\b/gi, reason: 'deal not signed yet' },
  { id: 'stage.not-released', re: /\b(?:procurement|legal)\s+(?:won'?t|will\s+not|can'?t)\s+(?:release|sign|approve)\b|\bbefore\s+legal\s+signs\b|\b(?:issue|send)\s+the\s+PO\b/gi, reason: 'contract not released yet' },
];

/** The text shows the deal is signed and in delivery. */
export const SIGNED_CUES: Cue<SignedCueId>[] = [
  { id: 'stage.signed', re: /\b(?:has|have|had|just|finally|officially)\s+(?:counter)?signed\b|\b(?:they|we|\w+)\s+signed\s+(?:the|on|this|last|yesterday|today|off)\b|\bclosed[-\s]won\b|\bnow\s+that\s+[^.?!\n]{0,40}\bsigned\b|\b(?:is|are)\s+(?:now|finally|officially|all)\s+(?:counter-?)?signed\b|\b(?:is|are)\s+(?:counter-?)?signed\s+(?:now|already)\b|\b(?:has|have)\s+been\s+(?:counter-?)?signed\b/gi, reason: 'deal already signed' },
  { id: 'stage.in-delivery', re: /\b(?:in\s+delivery|weeks?\s+into\s+(?:the\s+)?(?:project|rollout|build|engagement|implementation|delivery)|sprint\s+\d|cutover|status\s+reports?|weekly\s+status|since\s+kick-?off)\b/gi, reason: 'project in delivery' },
];
