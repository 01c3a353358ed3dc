/**
 * Words for the loose gate's typo tolerance (`rules/pre-contract/typos.ts`):
 * the stems a misspelling is matched against, and the real words near them.
 */

/** Sales' deliverables as single words. */
export const DELIVERABLE_WORDS = [
  'proposal', 'proposals', 'pricing', 'quote', 'quotes', 'quotation', 'contract', 'contracts', 'agreement',
  'questionnaire', 'redlines', 'addendum', 'amendment', 'statement',
];

/** Verbs of producing or finishing a document. */
export const PRODUCTION_WORDS = [
  'finish', 'update', 'draft', 'revise', 'prepare', 'complete', 'redline', 'answer', 'finalise', 'finalize',
];

/** Real words one edit away from a stem: never read as a typo ("contact" is not "contract"). */
export const REAL_NEIGHBOURS = new Set([
  'contact', 'contacts', 'contacted', 'quite', 'quota', 'quotas', 'quoted', 'quoter', 'pricking', 'prising', 'prizing',
  'drift', 'drafty', 'graft', 'craft', 'finnish', 'updater', 'revised', 'reviser', 'answers', 'statements',
  'amendments', 'agreements', 'addenda', 'proposals', 'contracts', 'quotes', 'prepared', 'prepares', 'completes',
  'finished', 'updates', 'updated', 'drafts', 'answered', 'revises', 'redlined',
]);

/** A run of letters: a word to compare with the stems. */
export const LETTER_RUN = /[a-z]+/gi;
