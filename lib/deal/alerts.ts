import { isUnsigned, normalizeEmail } from '@/lib/model/constants';
import type { Deal } from '@/lib/model';
import { clip, oneLine } from '@/lib/text';
import { daysLeftText, formatDay, stageLabel } from './format';
import { deliverableStatus, termStatus, type IsSales } from './status';
import { daysBetween } from '../dates';

export type AlertLevel = 'info' | 'warning' | 'danger';

/** What an alert is about, so a caller can place or filter it (a Jira badge, a row highlight). */
export type AlertSubject =
  | { kind: 'stage' }
  | { kind: 'term'; id: string }
  | { kind: 'deliverable'; id: string }
  | { kind: 'stakeholder'; name: string };

export interface DealAlert {
  level: AlertLevel;
  /** One plain sentence; render it as text. */
  text: string;
  subject?: AlertSubject;
}

export interface DealAlertOptions {
  /** Who counts as Sales for deliverable promises; see `deliverableStatus`. */
  isSales?: IsSales;
  /** A display name for an address; the deal owner's name is used when this gives none. */
  nameOf?: (email: string) => string | undefined;
  /** Longest quoted term text in an alert (default 90 characters). */
  maxQuoteLength?: number;
}

export const LEVEL_RANK: Record<AlertLevel, number> = { info: 1, warning: 2, danger: 3 };

export const UNSIGNED_ALERT_TEXT = "Not signed yet: delivery work before signature is Sales' risk.";

/**
 * The things a PM should know about a deal, worst first: not signed yet,
 * special terms near or past due, promised deliverables the PM has not
 * confirmed, and (as info) a closed deal or stakeholders who left.
 */
export function dealAlerts(
  deal: Deal,
  today: string,
  defaultRemindDays: number,
  options: DealAlertOptions = {},
): DealAlert[] {
  const max = options.maxQuoteLength ?? 90;
  const quote = (text: string) => `“${clip(oneLine(text), max, { atWord: true })}”`;
  const nameOf = (email: string): string => {
    const named = options.nameOf?.(email);
    if (named) return named;
    if (deal.owner && normalizeEmail(deal.owner.email) === normalizeEmail(email) && deal.owner.name.trim()) {
      return deal.owner.name.trim();
    }
    return email;
  };

  const alerts: DealAlert[] = [];

  if (isUnsigned(deal.stage)) {
    alerts.push({ level: 'danger', text: UNSIGNED_ALERT_TEXT, subject: { kind: 'stage' } });
  } else if (deal.stage === 'closed') {
    alerts.push({ level: 'info', text: `This deal is ${stageLabel(deal.stage).toLowerCase()}.`, subject: { kind: 'stage' } });
  }

  for (const term of deal.specialTerms) {
    const { daysLeft, level } = termStatus(term, today, defaultRemindDays);
    if (daysLeft === null || !term.dueOn) continue;
    const when = `${formatDay(term.dueOn)}, ${daysLeftText(daysLeft)}`;
    if (level === 'danger') {
      alerts.push({ level, text: `Special term past due (${when}): ${quote(term.text)}.`, subject: { kind: 'term', id: term.id } });
    } else if (level === 'warning') {
      alerts.push({ level, text: `Special term due ${daysLeftText(daysLeft)} (${formatDay(term.dueOn)}): ${quote(term.text)}.`, subject: { kind: 'term', id: term.id } });
    }
  }

  for (const d of deal.deliverables) {
    const level = deliverableStatus(d, today, options.isSales);
    if (level !== 'warning' && level !== 'danger') continue;
    const name = quote(d.name);
    const by = d.promisedBy ? ` by ${nameOf(d.promisedBy)}` : '';
    let text: string;
    if (level === 'danger' && d.promisedOn) {
      text = `${name} was promised${by} for ${formatDay(d.promisedOn)} (${daysLeftText(daysBetween(today, d.promisedOn))}) and is not confirmed by PM.`;
    } else {
      const on = d.promisedOn ? ` for ${formatDay(d.promisedOn)}` : '';
      text = `${name} was promised${by}${on} and is not confirmed by PM.`;
    }
    alerts.push({ level, text, subject: { kind: 'deliverable', id: d.id } });
  }

  for (const s of deal.stakeholders) {
    if (s.status !== 'left') continue;
    const role = s.role.trim() ? ` (${s.role.trim()})` : '';
    const where = deal.account.trim() || 'the customer';
    alerts.push({ level: 'info', text: `${s.name}${role} has left ${where}.`, subject: { kind: 'stakeholder', name: s.name } });
  }

  // Worst first; Array.prototype.sort is stable, so each level keeps deal order.
  return alerts.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
}

/** The worst level among alerts, or null when there are none. */
export function worstLevel(alerts: ReadonlyArray<{ level: AlertLevel }>): AlertLevel | null {
  let worst: AlertLevel | null = null;
  for (const a of alerts) {
    if (!worst || LEVEL_RANK[a.level] > LEVEL_RANK[worst]) worst = a.level;
  }
  return worst;
}
