/**
 * Guesses for when the roster does not know the sender: job titles in the
 * signature and the marks of automated mail.
 */

export const SALES_TITLE =
  /\b(?:Account\s+(?:Executive|Manager|Director|Lead)|AE\b|BDR\b|SDR\b|Sales|Business\s+Development|Client\s+(?:Partner|Executive)|Partner\s+Manager|Growth|Commercial\s+(?:Director|Lead|Manager)|Enterprise\s+(?:Executive|Account))/;

export const NON_SALES_TITLE =
  /\b(?:Project\s+Manager|Program\s+Manager|Delivery|Engineer(?:ing)?|Developer|Architect|Counsel|Legal|Contracts?\s+Manager|Procurement|Purchasing|Vendor\s+Management|Finance|Controller|Chief\s+\w+\s+Officer|C[EOTFI]O\b|VP\s+of\s+(?:Engineering|Operations|Delivery)|Director\s+of\s+(?:IT|Engineering|Operations|Supply))/;

/** Notification systems, newsletters and no-reply senders. */
export const AUTOMATED_ADDRESS = /^(?:no-?reply|do-?not-?reply|notifications?|notify|alerts?|mailer-daemon|digest|newsletter|news|jira|confluence|calendar|dse_\w+|bounce)[^@]*@/i;

export const AUTOMATED_TEXT =
  /\bunsubscribe\b|\bmanage\s+(?:your\s+)?(?:preferences|notifications|subscriptions)\b|\byou(?:'re|\s+are)\s+receiving\s+this\b|\bthis\s+(?:message|email)\s+was\s+(?:sent|generated)\s+(?:by|automatically)\b|\bview\s+(?:in|this\s+email\s+in)\s+(?:your\s+)?browser\b|\bdo\s+not\s+reply\s+to\s+this\b|\bnotification\s+settings\b/i;
