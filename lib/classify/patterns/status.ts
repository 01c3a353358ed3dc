import type { StatusCueId, WeakStatusCueId } from '../ids';
import type { Cue } from './match';

/** Project progress asks: status, updates, where things stand, on track. */
export const STATUS_CUES: Cue<StatusCueId>[] = [
  { id: 'status.status', re: /\b(?:[Ss]tatus|STATUS|RAG)\b|\b[Rr]ed\s*\/\s*[Aa]mber\s*\/\s*[Gg]reen\b/g, reason: 'asks for status' },
  { id: 'status.any-update', re: /\b(?:any|an|quick|short|brief|latest)\s+(?:update|updates|rundown|recap|pulse|read(?:out)?|summary|sense)\b/gi, reason: 'asks for an update' },
  { id: 'status.update-on', re: /\bupdates?\s+on\b/gi, reason: 'asks for an update on' },
  { id: 'status.where-are-we', re: /\bwhere\s+(?:are\s+we|we\s+are|we'?re|things\s+(?:stand|are)|do\s+things\s+stand|does\s+(?:it|that|this|\w+)\s+stand|is\s+\w+\s+at|are\s+things|we\s+stand|do\s+we\s+stand)\b/gi, reason: 'asks where things stand' },
  { id: 'status.how-is-it-going', re: /\bhow(?:'s|’s|s|\s+is|\s+are|\s+was)?\s+(?:[\w'’-]+\s+){0,6}?(?:is\s+|are\s+|'s\s+)?(?:going|tracking|looking|progressing|coming\s+along|shaping\s+up|trending|doing)\b/gi, reason: 'asks how it is going' },
  { id: 'status.how-close', re: /\bhow\s+(?:close|far(?:\s+along)?)\s+(?:are\s+we|is|are|have|has|did)\b|\bwhere\s+(?:have|has|did)\s+(?:we|they|you|things|it|[\w'’-]+)\s+got(?:ten)?\s+to\b/gi, reason: 'asks how close it is' },
  { id: 'status.where-things-stand', re: /\bwhere\s+(?:the|our|we|things)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|stands?|'re|sits?)\b(?!\s+(?:the\s+)?(?:template|link|file|folder|doc))/gi, reason: 'asks where things stand' },
  { id: 'status.on-track', re: /\b(?:still\s+)?on\s+(?:track|schedule|target)\b/gi, reason: 'asks if on track' },
  { id: 'status.progress', re: /\b(?:progress|rundown|pulse|current\s+state|health\s+check|heads[-\s]up\s+on|so\s+far)\b|\bany\s+(?:news|word)\b/gi, reason: 'asks about progress' },
  { id: 'status.look-like', re: /\bwhat\s+(?:does|will|would)\s+[^.?!\n]{1,40}?\blook\s+like\b|\b(?:current\s+)?situation\b|\bcurrent\s+(?:status|state|picture)\b/gi, reason: 'asks what things look like' },
  { id: 'status.check-in', re: /\bcheck(?:ing)?[-\s]in\s+on\b|\b(?:all|everything)\s+(?:good|ok|okay|on\s+track|going\s+ok(?:ay)?)\b|\bon\s+your\s+end\b/gi, reason: 'checks in on the project' },
  { id: 'status.how-it-went', re: /\bfill\s+me\s+in\b|\bwhat\s+should\s+I\s+(?:tell|say\s+to|pass\s+(?:on|along))\b|\bhow\s+(?:did|has|have)\s+[^.?!\n]{1,40}?\b(?:go|gone|went|wrapped|landed)\b|\b(?:is|are)\s+[^.?!\n]{1,40}?\b(?:live|done|finished|complete|deployed)\s+yet\b/gi, reason: 'asks how it went' },
  { id: 'status.latest-report', re: /\b(?:latest|last|weekly|current)\s+(?:project\s+|status\s+)?(?:report|summary|update|numbers|deck)\b/gi, reason: 'asks for the latest report' },
  { id: 'status.where-at', re: /\bwhere(?:'s|’s|s|\s+is|\s+are)\s+[^.?!\n]{1,40}?\bat\s*\?/gi, reason: 'asks where it is at' },
  { id: 'status.date', re: /\b(?:hit|make|meet|miss)\s+(?:the\s+|our\s+|that\s+)?[^.?!\n]{0,20}?\b(?:date|deadline|milestone|target)\b/gi, reason: 'asks about the date' },
  { id: 'status.what-to-know', re: /\b(?:anything|something)\s+I\s+(?:should|can|could|might)\s+(?:know|highlight|flag|be\s+aware|pass\s+(?:along|on)|share|tell|mention|relay|report|feed\s+back)\b/gi, reason: 'asks what to know' },
  { id: 'status.started', re: /\b(?:reached|reach)\s+out\s+to\s+them\s+about\s+kick-?off\b|\bhas\s+anyone\s+(?:reached|contacted|talked)\b/gi, reason: 'asks whether work has started' },
  { id: 'status.next-steps', re: /\b(?:ETA|next\s+steps|what'?s\s+(?:the\s+plan|next|left))\b/gi, reason: 'asks about next steps' },
  // The project's kickoff, not the sales team's event or a pitch deck ("speak at the Sales Kickoff", "the kickoff deck").
  { id: 'status.kickoff', re: /(?<!\b(?:sales|annual|company|global|regional|partner|yearly|our|SKO)[-\s])\bkick(?:ing|ed)?[-\s]?off\b(?!\s+(?:deck|slides?|presentation|event|party|dinner|keynote|session\s+for\s+sales))/gi, reason: 'asks about kickoff' },
  { id: 'status.who-is-staffed', re: /\bwho(?:'s|\s+is|\s+will\s+be|'ll\s+be|\s+are|(?:'s|\s+is)\s+going\s+to\s+be)\s+(?:staffed|on\s+(?:the\s+)?(?:team|it|this|the\s+project)|running|leading|the\s+PM)\b/gi, reason: 'asks who is staffed' },
  { id: 'status.whats-new', re: /\b(?:anything|something)\s+new\b|\bwhat'?s\s+new\b|\bany\s+(?:movement|traction)\b/gi, reason: 'asks what is new' },
  { id: 'status.whats-going-on', re: /\bwhat(?:'?s|\s+is)\s+(?:(?:actually|really)\s+)?(?:going\s+on|happening|the\s+(?:latest|story|holdup|hold-up|deal))\b|\bwhat'?s\s+up\s+with\b/gi, reason: 'asks what is going on' },
  { id: 'status.have-a-date', re: /\bdo\s+we\s+have\s+(?:a\s+)?(?:date|start\s+date|kick-?off|team|timeline|plan)\b/gi, reason: 'asks if there is a date' },
  // "give me the real picture", "where things really stand": the project's state, said plainly.
  { id: 'status.picture', re: /\b(?:the\s+)?(?:real|full|honest|true|actual|whole)\s+(?:picture|story|state\s+of\s+play|read)\b|\bwhere\s+(?:things|we|it|the\s+project)\s+(?:really|actually|honestly)\s+(?:stands?|are|is)\b/gi, reason: 'asks how things really stand' },
];

/** Delivery words that make a status ask only inside a real question. */
export const WEAK_STATUS_CUES: Cue<WeakStatusCueId>[] = [
  { id: 'status.delivery-word', re: /\b(?:go[-\s]?live|cutover|launch|milestone|delay(?:ed|s)?|slipp(?:ed|ing)|behind|block(?:ers?|ed|ing)|stuck|on\s+hold|risks?|issues|problems?|probs|hiccups?|snags?)\b/gi, reason: 'asks about delivery' },
  // A pointer at a reported item: "did that happen?", "has it gone live?".
  { id: 'status.did-it-happen', re: /\b(?:did|has|have)\s+(?:that|this|it|they)\s+(?:actually\s+)?(?:happen(?:ed)?|go\s+ahead|gone\s+ahead|land(?:ed)?|go\s+live|gone\s+live|go\s+out|gone\s+out|get\s+done|got\s+done)\b/gi, reason: 'asks whether it happened' },
  { id: 'status.team', re: /\b(?:staffed|staffing|assigned|resourced|team)\b/gi, reason: 'asks about the team' },
];

/**
 * Delivery work nouns. On a signed deal, a direct question about one of these
 * is a status ask; before signature it is a scoping (estimate) question.
 */
export const WORK_NOUNS =
  /\b(?:project|program(?:me)?|engagement|rollout|roll-out|implementation|integration|migration|build|phase\s*\d?|pilot|dashboards?|module|release|sprint|deliverables?|cutover|go[-\s]?live|launch|UAT|testing|kick-?off(?!\s+(?:deck|slides?|presentation|event|party|dinner|keynote))|plan|team|timeline|workstream|data\s+load|reporting|environment|platform|portal|app|rollout|onboarding|training|upgrade|refresh|deployment|scope)\b/i;
