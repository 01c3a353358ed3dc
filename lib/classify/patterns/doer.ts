/**
 * Who is to do the work named in an ask: the reader, or the sender or someone
 * else ("before I send it", "Dana is handling it", "legal is on it").
 */

/** A subject pronoun right before a verb: "before I send it", "they'll draft". */
export const OTHER_SUBJECT_PRONOUN = /\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:'ll|'d|'m|'re|'s|'ve|\s+(?:will|can|could|should|would|am|are|is|have|has))?\s+(?:just\s+|then\s+|also\s+|already\s+|going\s+to\s+|gonna\s+|be\s+)?$/;

/** A name as the subject right before a verb: "Dana is handling", "Tyler's finishing". */
export const OTHER_SUBJECT_NAME = /\b[A-Z][a-z]+(?:'s|\s+(?:is|will|can|has|should|would|could))\s+(?:just\s+|then\s+|also\s+|already\s+|going\s+to\s+|be\s+)?$/;

/** "is just", "was already": before a progressive it reports someone's work. */
export const PROGRESSIVE_BEFORE = /\b(?:is|are|'s|'re|was|were|am|'m|been)\s+(?:just\s+|already\s+|currently\s+|now\s+|also\s+|still\s+)?$/i;

/** A progressive verb form ("finishing"). */
export const PROGRESSIVE = /ing$/i;

/** A capitalised word: mid-sentence, a verb-like word is then a name ("a call with Redline"). */
export const CAPITALISED = /^[A-Z]/;

/** Someone other than the reader takes the work on: "Tyler will do it", "legal is on it". */
export const OTHER_DOER =
  /\b(?:[A-Z][a-z]+|he|she|they|legal|procurement|finance)(?:'s|'ll|\s+(?:is|will|has|can))\s+(?:got\s+(?:it|this|that)|on\s+(?:it|this|that)|(?:going\s+to\s+|gonna\s+)?(?:do|doing|handl\w*|tak\w*|cover\w*|finish\w*|draft\w*|writ\w*|own\w*|send\w*|complet\w*|fill\w*|prepar\w*|updat\w*|put\w*|pull\w*|sort\w*|pick\w*|deal\w*|look\w*\s+after|work\w*\s+on|get\s+(?:it|this|that)))\b/;
