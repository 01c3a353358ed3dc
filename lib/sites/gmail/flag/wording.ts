/**
 * What the request flag says for each classifier label, written for the PM
 * reading the e-mail. Pure data; no DOM.
 */
import type { RequestLabel } from '@/lib/model';

/** Every label the flag is shown for (`none` never shows a flag). */
export type FlagLabel = Exclude<RequestLabel, 'none'>;

/** Same scale as the sidebar's alerts (`lib/deal` AlertLevel). */
export type FlagLevel = 'danger' | 'warning' | 'info';

export interface FlagWording {
  title: string;
  explanation: string;
  level: FlagLevel;
  /** True for the labels where the work belongs with Sales: offer "Redirect to Sales". */
  redirect: boolean;
}

const WORDING: Record<FlagLabel, FlagWording> = {
  'pre-contract-work': {
    title: 'Sales is asking you to do pre-contract work',
    explanation:
      'Until the customer signs, the contract, the SOW, quotes and the rest of the paperwork stay with Sales. ' +
      'Effort and timing input is fine; writing or chasing the paperwork is not yours yet.',
    level: 'danger',
    redirect: true,
  },
  'promise-without-check': {
    title: 'Sales promised something to the customer without you',
    explanation:
      'A date, scope or deliverable was committed before you agreed to it. ' +
      'Log it so the promise is on record, and check it with Sales before the customer relies on it.',
    level: 'warning',
    redirect: true,
  },
  'estimate-request': {
    title: 'Sales asks for estimate input',
    explanation:
      'Effort, timing or staffing input before signature is legitimate and worth giving. ' +
      'Time-box it, and log it so the time you spend shows.',
    level: 'info',
    redirect: false,
  },
  'status-request': {
    title: 'Sales asks for a status update',
    explanation: 'A routine ask about a signed project. Log it if these asks start to add up.',
    level: 'info',
    redirect: false,
  },
};

const FALLBACK: FlagWording = {
  title: 'Sales request',
  explanation: 'Handoff read this e-mail as a request from Sales.',
  level: 'info',
  redirect: false,
};

export const FLAG_LABELS = Object.keys(WORDING) as FlagLabel[];

export function isFlagLabel(x: unknown): x is FlagLabel {
  return typeof x === 'string' && Object.hasOwn(WORDING, x);
}

/** Title, explanation, level and whether to offer a redirect; a neutral fallback for anything unknown. */
export function flagWording(label: FlagLabel): FlagWording {
  return isFlagLabel(label) ? WORDING[label] : FALLBACK;
}

export const flagLevel = (label: FlagLabel): FlagLevel => flagWording(label).level;

/** Whether "Redirect to Sales" is offered: pre-contract work and unchecked promises only. */
export const offersRedirect = (label: FlagLabel): boolean => flagWording(label).redirect;

/**
 * An evidence reason as a PM reads it: without the `"<label>: "` prefix of
 * the flag's own label (kept for other rules, e.g. "deal stage: …"),
 * first letter upper-case.
 */
export function reasonText(reason: string, label: FlagLabel): string {
  let r = typeof reason === 'string' ? reason.trim() : '';
  const prefix = `${label}: `;
  if (r.startsWith(prefix)) r = r.slice(prefix.length);
  return r ? r.charAt(0).toUpperCase() + r.slice(1) : '';
}
