export {
  flagWording, flagLevel, offersRedirect, reasonText, isFlagLabel, FLAG_LABELS,
  type FlagLabel, type FlagLevel, type FlagWording,
} from './wording';
export {
  highlightSegments, excerptText, cleanDisplayText, ELLIPSIS,
  type EvidenceSpan, type HighlightSegment, type Excerpt, type HighlightOptions,
} from './highlight';
export {
  composeRedirect, firstNameOf, deliverablesOf, deliverablePhrase, withArticle, clip,
  type EvidenceLike, type RedirectValues,
} from './redirect';
export { redirectSummary, MAX_SUMMARY_CHARS } from './summary';
