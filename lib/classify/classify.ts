import { aimAtReader } from './aim';
import type { Addressing } from './addressee';
import { resolveRole, resolveStage } from './context';
import { decide, notSalesConfidence } from './decide';
import { evidenceId } from './ids';
import { detectLanguage, LANGUAGE_NAMES, PACKS } from './lang';
import { MAX_NEWEST_CHARS } from './limits';
import { NEGATED_ASK, SELF_HANDLED } from './patterns/asks';
import { forgetTexts } from './patterns/prefilter';
import { splitNewestMessage } from './newest-message';
import { collectSignals } from './signals';
import type { ClassifyContext, ClassifyResult, EmailInput, Evidence } from './types';

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/**
 * Labels a mail for the PM reading it. Pure, synchronous, never throws:
 * malformed input yields `none` with confidence 0.
 */
export function classifyEmail(email: EmailInput, context: ClassifyContext): ClassifyResult {
  try {
    return classifyUnsafe(email, context);
  } catch {
    return { label: 'none', confidence: 0, newestMessage: '', evidence: [] };
  }
}

/** Reply and forward prefixes: the subject was written by someone earlier in the thread. */
const THREAD_PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+/i;

/** Subjects that mail systems write: invitations, e-signature notices, auto-replies. */
const SYSTEM_SUBJECT =
  /^\s*(?:(?:updated\s+)?invitation|accepted|declined|tentative(?:ly\s+accepted)?|cancell?ed(?:\s+event)?|completed|voided|reminder|automatic\s+reply|auto(?:matic)?[-\s]?(?:reply|response)|out\s+of\s+(?:the\s+)?office|undeliverable|delivery\s+status\s+notification)\b[^:]{0,20}:/i;

/** A message with at most this many words says nothing of its own ("^", "see attached"). */
const THIN_WORDS = 3;

function wordCount(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(text) !== null && n <= THIN_WORDS) n++;
  return n;
}

/** A fresh subject that is itself a request to the reader: "Can you redline…", "Pls update…". */
const SUBJECT_ASK = /\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:pls|please|plz|kindly)\b|\brequest\s+you\b/i;

const BODY_OVERRIDES = new RegExp(
  `${NEGATED_ASK.source}|${SELF_HANDLED.source}|\\b(?:never\\s*mind|scratch\\s+that|ignore\\s+(?:the|my|this)\\s+subject|sorted|all\\s+done|taken\\s+care\\s+of)\\b`,
  'i',
);

/**
 * What the sender wrote this time. The subject line of a fresh mail is the
 * sender's own words: it is read as the first paragraph when the body adds
 * (almost) nothing of its own ("^", only a signature) or when the subject is
 * itself a request ("Can you redline the Halvorsen MSA today?" over "their
 * version attached"). A "Re:"/"Fwd:" subject was written earlier in the
 * thread, and a system subject by a machine: neither is read.
 */
function ownText(rawSubject: string, newest: string): string {
  if (THREAD_PREFIX.test(rawSubject) || SYSTEM_SUBJECT.test(rawSubject)) return newest;
  const subject = rawSubject.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (subject === '') return newest;
  // A body with words of its own overrides the subject's ask when it withdraws
  // it or the sender did the work ("Never mind, sorted it myself").
  if (wordCount(newest) > THIN_WORDS && (!SUBJECT_ASK.test(subject) || BODY_OVERRIDES.test(newest.slice(0, 2_000)))) {
    return newest;
  }
  return newest === '' ? subject : `${subject}\n\n${newest}`;
}

function domainOf(address: unknown): string {
  const email = typeof address === 'object' && address !== null ? str((address as { email?: unknown }).email) : '';
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).trim().toLowerCase();
}

/**
 * Sales writing to the customer with a colleague (the reader) on cc: every
 * "To" is outside the sender's domain and someone from it is cc'd. Asks in
 * such a mail are aimed at the customer; only a commitment made in it counts.
 */
function addressedToCustomer(email: EmailInput): boolean {
  const own = domainOf(email?.from);
  // The cheap exits first, and no address read twice (issue 18: reading every "To" and "Cc" of every mail was ~0.7%).
  if (own === '' || !Array.isArray(email?.to) || email.to.length === 0 || !Array.isArray(email?.cc)) return false;
  return email.cc.some((a) => domainOf(a) === own) && email.to.every((a) => {
    const d = domainOf(a);
    return d !== '' && d !== own;
  });
}

function classifyUnsafe(email: EmailInput, context: ClassifyContext): ClassifyResult {
  forgetTexts();
  const senderName = str(email?.from?.name);
  const parts = splitNewestMessage(email?.body, senderName);
  const rawSubject = str(email?.subject);
  const newestMessage = ownText(rawSubject, parts.newest).slice(0, MAX_NEWEST_CHARS);
  const subject = rawSubject.replace(THREAD_PREFIX, '');
  // English, short and mixed text keep the English rules; a language with no pack is not guessed at.
  const detected = detectLanguage(newestMessage);
  if (detected.lang === 'unsupported') {
    const name = LANGUAGE_NAMES[detected.code] ?? detected.code;
    return { label: 'none', confidence: 0.3, newestMessage, evidence: [], note: `Language not supported (looks like ${name}); not classified` };
  }
  const role = resolveRole(context?.senderRole ?? null, str(email?.from?.email), parts.top.slice(0, 4_000), rawSubject);
  // Only Sales' mail is read for asks (decide.ts): the rest needs no signals (issue 18: a fifth of the time on mixed mail).
  if (role.role !== 'sales') return { label: 'none', confidence: notSalesConfidence(role), newestMessage, evidence: [] };
  const pack = PACKS[detected.lang];
  const aimed = aimAtReader(collectSignals(newestMessage, subject, parts.history, pack), email, context?.reader);
  const signals = aimed.signals;
  const stage = resolveStage(context?.dealStage ?? null, signals.stageCues);
  const decision = decide(signals, role, stage, addressedToCustomer(email));
  const evidence: Evidence[] = decision.hits
    .filter((h) => h.start >= 0 && h.end <= newestMessage.length && h.start < h.end)
    .map((h) => ({ id: evidenceId(h.scope, h.id), start: h.start, end: h.end, text: newestMessage.slice(h.start, h.end), reason: h.reason }));
  const result: ClassifyResult = { label: decision.label, confidence: decision.confidence, newestMessage, evidence };
  if (aimed.mutedAny && decision.label === 'none' && role.role === 'sales') result.note = elsewhereNote(aimed.addressing);
  return result;
}

function elsewhereNote(a: Addressing): string {
  const who = a.askedInstead ?? 'someone else';
  return a.readerIn === 'cc' ? `Sales asked ${who}; you are on cc` : `Sales asked ${who}, not you`;
}
