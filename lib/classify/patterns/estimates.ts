import type { JoinCallCueId, StrongEstimateCueId, WeakEstimateCueId } from '../ids';
import type { Cue } from './match';

/**
 * What an estimate ask is about: effort, duration, staffing, feasibility, or a
 * delivery check of Sales' own draft. Only counted in sentences that ask.
 */
export const STRONG_ESTIMATE_CUES: Cue<StrongEstimateCueId>[] = [
  { id: 'estimate.how-long', re: /\bhow\s+(?:long|soon|quickly|fast)\b/gi, reason: 'asks how long' },
  { id: 'estimate.how-many', re: /\bhow\s+many\s+(?:hours|days|weeks|months|sprints|people|engineers|devs|developers|consultants|resources|folks|FTEs?|heads|bodies)\b/gi, reason: 'asks how many hours/people' },
  { id: 'estimate.how-much', re: /\bhow\s+much\b/gi, reason: 'asks how much' },
  { id: 'estimate.what-team', re: /\bwhat\s+(?:size|kind\s+of|sort\s+of|type\s+of)?\s*(?:of\s+)?team\b|\bhow\s+big\s+(?:a|of\s+a)\s+team\b/gi, reason: 'asks what team it needs' },
  { id: 'estimate.what-it-takes', re: /\b(?:would|will|does|might|could)\s+(?:it|that|this|something\s+like\s+(?:this|that))\s+(?:usually\s+|typically\s+)?take\b|\bwhat\s+(?:[\w'-]+\s+){0,8}?(?:would|will|might|does)\s+(?:it\s+)?take\b|\b(?:usually|typically)\s+takes?\b/gi, reason: 'asks what it would take' },
  { id: 'estimate.size-or-cost', re: /\b(?:(?:would|will|might)\s+(?:it|that|this)\s+)?cost\b|\bfeel\s+for\s+(?:size|effort|scale|scope)\b|\bhow\s+(?:big|large|heavy)\b/gi, reason: 'asks for a size or cost' },
  { id: 'estimate.effort', re: /\b(?:ballpark|rough(?:ly)?(?!\s+out\b)|ROM|order\s+of\s+magnitude|t-?shirt\s+siz\w*|sizing|siz(?:e|ing)\s+(?:it|this|that|them|up|each|the|three|two|these|those)|estimat\w*|LOE|level\s+of\s+effort|effort|hours|hrs|man-?days|person-?hours|person-?days|story\s+points|a\s+range|indicat(?:ion|ive)\s+(?:of|on|for)|rough\s+idea)\b/gi, reason: 'asks for an effort estimate' },
  // "Is it possible that you were copied…" asks what happened, not whether work is feasible.
  { id: 'estimate.feasibility', re: /\b(?:is\s+that\s+something\s+we\s+(?:can|could)\s+(?:do|deliver|build|support)|gut\s+feel|realistic(?:ally)?|feasib\w+|doable|achievable|possible(?!\s+that\s+[\w'’]+\s+(?:were|was|had|has|have|did|already|\w+ed)\b)|workable|viable|too\s+tight|aggressive|sane|reasonable)\b/gi, reason: 'asks about feasibility' },
  { id: 'estimate.delivery-check', re: /\b(?:sanity[-\s]check|gut[-\s]check|pressure[-\s]test|look\s+over|weigh\s+in|double[-\s]check|eyeball|(?:take|have)\s+a\s+(?:quick\s+)?look)\b|\bfor\s+your\s+(?:review|input|feedback|eyes|thoughts)\b|\b(?:review|look\s+(?:at|over|through)|go\s+(?:over|through)|your\s+eyes\s+on)\s+(?:the|our|my|this|that|it|his|her)\b/gi, reason: 'asks for a delivery check' },
  { id: 'estimate.delivery-input', re: /\b(?:could|can)\s+we\s+(?:handle|support|do|deliver|take\s+on|manage|pull\s+off|staff)\b|\b(?:be|is)\s+enough\b|\bdo\s+we\s+need\b|\bfits?\s+(?:in|within|into)\b|\bwithin\s+(?:a|the|their)\s+[$\w]*\s*budget\b|\b(?:your|ur)\s+(?:take|view|read|gut|opinion|thoughts)\b|\bwhat\s+do\s+you\s+think\b|\bthoughts\?/gi, reason: 'asks for delivery input' },
  { id: 'estimate.can-live-with', re: /\b(?:works?|working)\s+for\s+(?:delivery|you|the\s+team|your\s+team)\b|\b(?:are\s+you|you'?re)\s+(?:ok|okay|comfortable|good|fine|happy)\s+with\b|\bcan\s+(?:we|you)\s+(?:live|work)\s+with\s+(?:it|that|this|those|these)\b|\bcan\s+(?:we|you)\s+(?:actually\s+)?deliver\b/gi, reason: 'asks if delivery can live with it' },
];

/** Timing and staffing words: an estimate ask only in a question to the reader. */
export const WEAK_ESTIMATE_CUES: Cue<WeakEstimateCueId>[] = [
  { id: 'estimate.timing', re: /\b(?:timeline|timing|time\s*frame|start\s+date|go[-\s]?live|lead\s+time)\b/gi, reason: 'asks about timing' },
  { id: 'estimate.staffing', re: /\b(?:(?:person|people|someone|anyone|body|bodies)\s+(?:free|available|spare)\b|staff(?:ing|ed)?|team\s+(?:shape|size)|resourc\w+|capacity|availability(?!\s+for\s+(?:the\s+)?(?:weeks?|days?|dates?|(?:a|the)\s+(?:call|meeting|chat|catch-?up|offsite|off-site|event|dinner|party|training|workshop|social))|\s+(?:on\s+)?(?:next|this)\s+(?:week|mon|tues|wednes|thurs|fri))|available|bandwidth|headcount|(?:front|back)[-\s]?end\s+(?:lead|dev)s?|devs?|developers?|engineers?|consultants?|architects?|designers?|analysts?|FTEs?)\b/gi, reason: 'asks about staffing' },
  { id: 'estimate.duration', re: /\bnumber\s+of\s+(?:weeks|days|months|sprints|hours)\b|\b\d{1,2}\s*(?:wks?|weeks?|days?|months?|sprints?)\b/gi, reason: 'asks if it fits a duration' },
  // The unit of the answer wanted: "weeks per stage would do", "days for each phase".
  { id: 'estimate.per-stage', re: /\b(?:hours|days|weeks|months|sprints|FTEs?|people|heads)\s+(?:per|for\s+each|each|by)\s+(?:stage|phase|module|milestone|workstream|site|sprint|deliverable|item|section|role)\b/gi, reason: 'asks for a duration per stage' },
];

export const ESTIMATE_CUES: Cue[] = [...STRONG_ESTIMATE_CUES, ...WEAK_ESTIMATE_CUES];

/** Joining a sales call, demo, onsite or workshop. */
export const JOIN_CALL_CUES: Cue<JoinCallCueId>[] = [
  { id: 'join.call', re: /\b(?:join|joining|hop\s+on|jump\s+on|dial\s+in(?:to)?|dialing\s+in|sit\s+in(?:\s+on)?|come\s+(?:to|along|and|with)|be\s+on|be\s+there|attend|tag\s+along|present\s+at|present\s+(?:the|our|your)\s+(?:[\w-]+\s+)?(?:delivery|implementation|technical|project|transition|service)\s+(?:approach|plan|methodology|piece|section|part|story|slides?)|swing\s+by|make\s+it\s+to|spare\s+(?:\d+|some|a\s+few|an?\s+(?:hour|half))|(?:make|find|grab|set\s+aside)\s+(?:some\s+)?time|make\s+(?:the|that|this)\s+(?:call|meeting|demo|session|workshop|presentation)|make\s+it(?=\s*(?:[?!.,]|$|\s+(?:in\s+person|there|on\s+(?:the|mon|tue|wed|thu|fri)|to\s+(?:the|that|this))))|(?:like|want|need)\s+(?:you|u)\s+(?:there|in\s+the\s+room|on\s+(?:the|that|this)\s+(?:one|call|zoom|meeting|demo))|meet(?:ing)?\s+(?:with\s+)?(?:them|their|the\s+(?:client|customer|prospect|team)|[A-Z][\w'’]*)|(?:have|got|spare)\s+\d+\s*(?:min|mins|minutes)|(?:free|available|around)\s+(?:on\s+|for\s+|at\s+)?(?:mon|tue|wed|thu|fri|tomorrow|today|this|next|\d))\w*/gi, reason: 'asks to join the call' },
];

/** Meeting nouns that make "join" or "come" a sales-call ask. */
export const MEETING_WORDS =
  /\b(?:call|calls|meeting|demo|onsite|on-site|workshop|session|zoom|teams|webex|meet|discovery|scoping|pitch|presentation|visit|walkthrough|deep[-\s]dive|intro|orals|bake-?off|dinner|lunch)\b|\b(?:with|w\/?)\s+(?:me|us)\b|\bat\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|ET|PT|CT|MT)?\b/i;
