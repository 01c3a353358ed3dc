/**
 * Typo tolerance for the loose gate only: "finsh the proposl", "the pricng".
 * A word matches a stem when one edit (a dropped, added, swapped or changed
 * letter) turns it into the stem. Only words of five letters or more are
 * compared, so short words never collide ("quo", "draw").
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

const MIN_LEN = 5;

/** Real words one edit away from a stem: never read as a typo ("contact" is not "contract"). */
const REAL_NEIGHBOURS = new Set([
  'contact', 'contacts', 'contacted', 'quite', 'quota', 'quotas', 'quoted', 'quoter', 'pricking', 'prising', 'prizing',
  'drift', 'drafty', 'graft', 'craft', 'finnish', 'updater', 'revised', 'reviser', 'answers', 'statements',
  'amendments', 'agreements', 'addenda', 'proposals', 'contracts', 'quotes', 'prepared', 'prepares', 'completes',
  'finished', 'updates', 'updated', 'drafts', 'answered', 'revises', 'redlined',
]);

/** Is `a` one edit (insert, delete, substitute, adjacent swap) away from `b`, but not equal? */
export function oneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The first word of `text` that is a misspelling of one of `stems`, with its offset. */
export function misspelt(text: string, stems: readonly string[]): { index: number; word: string } | undefined {
  const re = /[a-z]+/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const w = m[0].toLowerCase();
    if (w.length < MIN_LEN || w.length > 16 || REAL_NEIGHBOURS.has(w)) continue;
    if (stems.some((s) => oneEditAway(w, s))) return { index: m.index, word: m[0] };
  }
  return undefined;
}
