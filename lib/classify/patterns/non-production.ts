/**
 * What follows an ask when the reader is asked to check, explain, estimate or
 * attend rather than to produce a document: "can you review…", "could you
 * join…", "can you let me know…". Tested right after the ask cue.
 */
export const NON_PRODUCTION_ASK = new RegExp(
  String.raw`^\s*(?:(?:please|pls|just|also|quickly|maybe|possibly|perhaps|still|then|first)\s+)*` +
    String.raw`(?:(?:be\s+(?:able|willing|ok|okay|free|around|available)\s+to|mind|have\s+(?:the\s+)?(?:time|bandwidth|capacity|a\s+(?:sec|second|minute|moment|chance))\s+(?:\S+\s+){0,3}?to)\s+)?` +
    String.raw`(?:like|want|prefer|need\s+me|rather|believe|imagine|guess|review\w*|look\w*|ignore|disregard|forget|note|see|keep\s+in\s+mind|be\s+aware|feel\s+free|take\s+a\s+(?:quick\s+)?look|have\s+a\s+look|check\w*|sanity|gut|confirm\w*|tell|let\s+me|remind|know|` +
    String.raw`share\s+(?:your\s+|some\s+)?(?:thoughts|feedback|input|view)|weigh|estimat\w*|size|sizing|join\w*|hop|dial\w*|come|coming|attend\w*|` +
    String.raw`walk\w*|explain\w*|clarify\w*|point|find|help\s+me\s+(?:understand|figure)|think|comment\w*|approve|validate|verify|double|spare|` +
    String.raw`give\s+me\s+(?:a|an|your|some)\s+(?:[\w-]+\s+)?(?:sense|estimate|read|number|ballpark|update|view|idea|range|feel|size|rundown|summary)|` +
    String.raw`make\s+(?:it|the\s+call|time)|be\s+on|sit\s+in|loop\s+me|add\s+me|update\s+me|keep\s+me|fill\s+me\s+in|` +
    String.raw`send\s+me\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:quick\s+|short\s+|brief\s+|latest\s+)?(?:[\w-]+\s+)?(?:update|status|summary|note|link|estimate|numbers|hours|thoughts|template|location|case\s+stud\w*|references|deck|slides|resumes|bios|one-?pager))\b`,
  'i',
);
