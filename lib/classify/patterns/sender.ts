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

/**
 * Out-of-office and other auto-replies: never a request, whoever the roster
 * says sent them. By subject prefix, or by an away notice that points
 * elsewhere for urgent matters ("I'm out of the office until… For anything
 * urgent please contact…"); a person writing "I'm out Friday, can you…" is not one.
 */
export const AUTO_REPLY_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[-\s]?(?:reply|response)|out\s+of\s+(?:the\s+)?office|OOO|abwesenheitsnotiz|r[ée]ponse\s+automatique|respuesta\s+autom[aá]tica)\b\s*[:\-–]/i;

export const AUTO_REPLY_TEXT =
  /\b(?:I\s*(?:'m|am|will\s+be)|I'll\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|OOO|away|on\s+(?:annual\s+|parental\s+|sick\s+)?leave|on\s+(?:vacation|holiday|PTO))\b[^\n]{0,300}?(?:\n[^\n]{0,300}?){0,3}\b(?:for\s+(?:anything|something|any(?:thing)?\s+matters?|all\s+matters|questions|urgent)|if\s+(?:it'?s|this\s+is|your\s+(?:matter|request)\s+is)\s+urgent|in\s+(?:my\s+absence|the\s+meantime))\b[^\n]{0,120}?\b(?:contact|reach(?:\s+out\s+to)?|email|call)\b/i;
