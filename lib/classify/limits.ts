/**
 * Input caps. Mail bodies can be huge (pasted logs, base64 blobs); the newest
 * message of a real request is short, so we only look at a bounded prefix.
 * Every pattern is linear, and these caps bound the constant.
 */

/** Characters of the raw body scanned for quote markers and boilerplate. */
export const MAX_SCAN_CHARS = 100_000;

/** Characters of the newest message that are returned. */
export const MAX_NEWEST_CHARS = 20_000;

/**
 * Characters of the newest message that the phrase patterns read. A request
 * sits in the first paragraphs; past this it is pasted logs or documents.
 */
export const MAX_CLASSIFY_CHARS = 12_000;

/** Longest sentence handed to the phrase patterns; longer runs are split. */
export const MAX_SENTENCE_CHARS = 600;
