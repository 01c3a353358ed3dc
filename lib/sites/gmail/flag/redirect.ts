/**
 * The polite "this stays with Sales until signature" reply, and the helpers it
 * shares with the request log's summary (`summary.ts`). Pure; never throws;
 * message-derived text is cleaned of control and bidi characters before it
 * goes into either.
 */
import { isDeliverableId, parseEvidenceId } from '@/lib/classify/ids';
import { clip } from '@/lib/text';
import { cleanDisplayText } from './highlight';
import type { FlagLabel } from './wording';

/**
 * What these helpers need of the classifier's `Evidence`. They read `id`,
 * never the reason: an id they do not know counts for nothing.
 */
export interface EvidenceLike {
  id: string;
  text: string;
  start?: number;
  end?: number;
}

export interface RedirectValues {
  /** The sender's display name ("Dana Ruiz", "Ruiz, Dana"), or their address when there is no name. */
  senderName: string | null | undefined;
  /** Used for `{firstName}` when the display name gives nothing. */
  senderEmail?: string | null;
  /** The linked deal's account; "the customer" when unknown. */
  account: string | null | undefined;
  label: FlagLabel;
  /** Deliverables named in the mail (see `deliverablesOf`), e.g. ["SOW"]. */
  deliverables?: readonly string[];
  /** The classifier's evidence: `{deliverable}` comes from it when `deliverables` is not given. */
  evidence?: readonly EvidenceLike[];
}

/** Room for any real first name ("Marie-Christine", "Dr. Ruiz"), not for a sentence. */
const MAX_NAME_CHARS = 24;
const MAX_ACCOUNT_CHARS = 80;
const MAX_DELIVERABLE_CHARS = 60;

export const clean = (s: unknown): string => (typeof s === 'string' ? cleanDisplayText(s).trim() : '');

/**
 * Where a display name's words end: any Unicode space or separator (\p{Z}:
 * no-break, ideographic, thin, line and paragraph), white space, and the
 * characters that show as blank but are not spaces, which senders use to
 * slip a sentence into "Hi <name>,": Braille blank U+2800, the Hangul
 * fillers U+115F, U+1160, U+3164, U+FFA0, the Mongolian vowel separator,
 * the Khmer inherent vowels, zero-width space, word joiner, the invisible
 * operators and the deprecated format characters. Zero-width (non-)joiners
 * are not breaks: Persian and Indic names and emoji have them inside words.
 */
// The jungseong filler joins a Hangul jamo before it and the Khmer vowels are combining marks: kept out of the class, where a linter would read them as joined to a neighbour.
const NAME_BREAK = /(?:[\p{Z}\s\u2800\u115F\u3164\uFFA0\u180E\u200B\u2060-\u2064\u206A-\u206F]|\u1160|\u17B4|\u17B5)+/gu;

const HONORIFIC = /^(mr|mrs|ms|mx|miss|dr|prof)\.?$/i;
const EDGE_PUNCT = /^[\s"'“”‘’«»()[\]<>,;:]+|[\s"'“”‘’«»()[\]<>,;:]+$/g;

function fromAddress(address: string): string {
  const local = address.split('@')[0]?.replace(EDGE_PUNCT, '') ?? '';
  if (!local) return '';
  const parts = local.split(/[._+-]+/).filter(Boolean);
  // "dana.ruiz" is most likely "Dana"; "jsmith" stays as it is.
  if (parts.length > 1 && parts[0] && /^[a-z]+$/.test(parts[0]) && parts[0].length > 1) {
    return parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
  }
  return local;
}

/**
 * The name to greet: the first word of the display name ("Ruiz, Dana" gives
 * "Dana", "Dr. Ruiz" stays whole), else the e-mail's local part
 * ("dana.ruiz@…" gives "Dana"), else "there".
 */
export function firstNameOf(senderName: unknown, senderEmail?: unknown): string {
  try {
    let name = clean(typeof senderName === 'string' ? senderName.replace(NAME_BREAK, ' ') : senderName);
    let address = clean(senderEmail);
    const angle = /<([^<>]*@[^<>]*)>/.exec(name);
    if (angle) {
      address ||= angle[1]!.trim();
      name = name.replace(angle[0], '').trim();
    }
    name = name.replace(EDGE_PUNCT, '');
    if (/^\S+@\S+$/.test(name)) {
      address ||= name;
      name = '';
    }
    if (name.includes(',')) {
      const [last, first] = name.split(',', 2).map((p) => p.trim());
      name = first || last || '';
    }
    const words = name.split(' ').map((w) => w.replace(EDGE_PUNCT, '')).filter(Boolean);
    let first = words[0] ?? '';
    if (first && HONORIFIC.test(first) && words[1]) first = `${first} ${words[1]}`;
    if (!first && address) first = fromAddress(address);
    return first ? clip(first, MAX_NAME_CHARS, { atWord: true }) : 'there';
  } catch {
    return 'there';
  }
}

/** "Section 8", "Exhibit B": named parts read best without an article. */
const DOC_PART = /^(section|clause|schedule|exhibit|appendix|annex|attachment)\s+[\w.]+/i;
const ARTICLE = /^(the|a|an|our|their|your|his|her|its|this|that|these|those|my)\s/i;

/** "SOW" → "the SOW", "Proposal deck" → "the proposal deck", "their NDA" stays. */
export function withArticle(deliverable: string): string {
  const d = clip(clean(deliverable), MAX_DELIVERABLE_CHARS, { atWord: true });
  if (!d) return '';
  if (ARTICLE.test(d) || DOC_PART.test(d)) return d;
  // Lower-case a capital that only starts a sentence, not an acronym ("SOW", "MSA").
  const lowered = /^[A-Z][a-z]/.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : d;
  return `the ${lowered}`;
}

const DEFAULT_DELIVERABLE: Record<FlagLabel, string> = {
  'pre-contract-work': 'the contract paperwork',
  'promise-without-check': 'what was promised',
  'estimate-request': 'the estimate',
  'status-request': 'the status update',
};

/** The `{deliverable}` text: up to two named deliverables, else a default for the label. */
export function deliverablePhrase(deliverables: readonly string[] | undefined, label: FlagLabel): string {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const d of Array.isArray(deliverables) ? deliverables.slice(0, 20) : []) {
    const p = typeof d === 'string' ? withArticle(d) : '';
    const key = p.toLowerCase();
    if (!p || seen.has(key)) continue;
    seen.add(key);
    phrases.push(p);
    if (phrases.length === 2) break;
  }
  if (phrases.length) return phrases.join(' and ');
  return Object.hasOwn(DEFAULT_DELIVERABLE, label) ? DEFAULT_DELIVERABLE[label] : 'the paperwork';
}

/**
 * The deliverables named in the evidence ("SOW", "security questionnaire"),
 * in text order, overlapping mentions reduced to the longest ("proposal
 * deck" over "proposal"), duplicates dropped.
 */
export function deliverablesOf(evidence: readonly EvidenceLike[]): string[] {
  if (!Array.isArray(evidence)) return [];
  const found = evidence
    .slice(0, 200)
    .filter((e) => e && isDeliverableId(parseEvidenceId(e.id)?.hit) && clean(e.text))
    .map((e, i) => ({
      text: clean(e.text),
      start: typeof e.start === 'number' ? e.start : i,
      end: typeof e.end === 'number' ? e.end : i,
    }));
  // Longest first, so a shorter overlapping mention is the one dropped.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.text.length - a.text.length);
  const kept: typeof found = [];
  for (const f of found) {
    const overlaps = kept.some((k) => f.start < k.end && k.start < f.end);
    const dup = kept.some((k) => k.text.toLowerCase() === f.text.toLowerCase());
    if (!overlaps && !dup) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start).map((k) => clip(k.text, MAX_DELIVERABLE_CHARS, { atWord: true }));
}

/**
 * Fills the redirect template: `{firstName}`, `{account}`, `{deliverable}`
 * (names match case-insensitively, spaces inside the braces allowed).
 * Unknown placeholders are left as they are. Never throws: on bad input it
 * returns what it can (the template, or "").
 */
export function composeRedirect(template: string, values: RedirectValues): string {
  const tpl = typeof template === 'string' ? template : '';
  try {
    const v = values && typeof values === 'object' ? values : ({} as Partial<RedirectValues>);
    const label = v.label as FlagLabel;
    const fill: Record<string, () => string> = {
      firstname: () => firstNameOf(v.senderName, v.senderEmail),
      account: () => clip(clean(v.account), MAX_ACCOUNT_CHARS, { atWord: true }) || 'the customer',
      deliverable: () =>
        deliverablePhrase(Array.isArray(v.deliverables) ? v.deliverables : deliverablesOf(v.evidence ?? []), label),
    };
    return tpl.replace(/\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}/g, (whole, name: string) => {
      const f = fill[name.toLowerCase()];
      return f ? f() : whole;
    });
  } catch {
    return tpl;
  }
}
