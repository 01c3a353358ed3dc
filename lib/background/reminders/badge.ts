import type { Deal, SalesRequest } from '@/lib/model';
import { termStatus } from '@/lib/deal';
import { termReminderIds } from './ids';
import type { ReminderState } from './state';

export type BadgeSeverity = 'none' | 'amber' | 'red';

export interface BadgeSummary {
  /** What the badge shows: open requests + terms due soon + terms past due. */
  count: number;
  severity: BadgeSeverity;
  /** The badge text: '' at 0, '999+' past 999. */
  text: string;
  /** The action's tooltip: what the number counts. */
  title: string;
  openRequests: number;
  /** Open requests labelled pre-contract work (Sales asked for delivery work before signature). */
  preContractOpen: number;
  termsDueSoon: number;
  termsPastDue: number;
}

export interface BadgeOptions {
  today: string;
  defaultRemindDays: number;
  /** A term whose reminder the PM marked "Done" no longer counts. */
  state?: ReminderState;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The action badge (issue 8): open flagged requests (status `open`) plus
 * special terms of deals not closed that are due within their lead time
 * or past due. Red when a term is past due or a pre-contract ask is open,
 * amber otherwise.
 */
export function badgeSummary(
  deals: readonly Deal[],
  requests: ReadonlyArray<Pick<SalesRequest, 'status' | 'label'>>,
  { today, defaultRemindDays, state }: BadgeOptions,
): BadgeSummary {
  let openRequests = 0;
  let preContractOpen = 0;
  for (const r of requests) {
    if (r.status !== 'open') continue;
    openRequests++;
    if (r.label === 'pre-contract-work') preContractOpen++;
  }
  let termsDueSoon = 0;
  let termsPastDue = 0;
  for (const deal of deals) {
    if (deal.stage === 'closed') continue;
    for (const term of deal.specialTerms) {
      if (!term.dueOn) continue;
      let level;
      try {
        level = termStatus(term, today, defaultRemindDays).level;
      } catch {
        continue;
      }
      if (level !== 'warning' && level !== 'danger') continue;
      if (state && termReminderIds(deal.id, term.id).some((id) => state.items[id]?.done !== undefined)) continue;
      if (level === 'danger') termsPastDue++;
      else termsDueSoon++;
    }
  }
  const count = openRequests + termsDueSoon + termsPastDue;
  const severity: BadgeSeverity = count === 0 ? 'none' : termsPastDue > 0 || preContractOpen > 0 ? 'red' : 'amber';
  const parts: string[] = [];
  if (openRequests) {
    parts.push(plural(openRequests, 'open request', 'open requests') + (preContractOpen ? ` (${preContractOpen} pre-contract)` : ''));
  }
  if (termsPastDue) parts.push(plural(termsPastDue, 'term past due', 'terms past due'));
  if (termsDueSoon) parts.push(plural(termsDueSoon, 'term due soon', 'terms due soon'));
  const title = parts.length ? `Handoff: ${parts.join(', ')}` : 'Handoff: nothing needs you';
  return { count, severity, text: count === 0 ? '' : count > 999 ? '999+' : String(count), title, openRequests, preContractOpen, termsDueSoon, termsPastDue };
}
