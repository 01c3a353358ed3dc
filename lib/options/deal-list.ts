import { isUnsigned, type Deal } from '@/lib/model';
import { compareRows, rowOf, type DealRow } from '@/lib/store/deal-rows';

type DatedTerm = { dueOn: string | null; text: string };
/** A deal or its list row (lib/store/deal-rows.ts): what the list and its filter read. */
type Listed = Pick<DealRow, 'id' | 'name' | 'account' | 'stage' | 'owner'>;
const termsOf = (d: Deal | DealRow): readonly DatedTerm[] => ('specialTerms' in d ? d.specialTerms : d.terms);

/** The special term due next: the earliest due today or later. */
export function nextDueTerm<T extends DatedTerm>(deal: { specialTerms: readonly T[] } | { terms: readonly T[] }, today: string): T | null {
  let best: T | null = null;
  for (const t of 'specialTerms' in deal ? deal.specialTerms : deal.terms) {
    if (!t.dueOn || t.dueOn < today) continue;
    if (!best || t.dueOn < best.dueOn!) best = t;
  }
  return best;
}

/** How many special terms are past their due date. */
export function overdueCount(deal: Deal | DealRow, today: string): number {
  return termsOf(deal).filter((t) => t.dueOn !== null && t.dueOn < today).length;
}

/** "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every word of `query` starts a word of the deal's id, name, account, stage
 * or owner ("sign" finds signed deals, not unsigned ones). The patterns are
 * made once per query: the worker runs this over every row (issue 18).
 */
export function dealFilter(query: string): (deal: Listed) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  const patterns = words.map((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}`, 'u'));
  return (deal) => {
    const hay = [
      deal.id,
      deal.name,
      deal.account,
      deal.stage,
      isUnsigned(deal.stage) ? 'unsigned' : '',
      deal.owner?.name ?? '',
      deal.owner?.email ?? '',
    ]
      .join(' ')
      .toLowerCase();
    return patterns.every((p) => p.test(hay));
  };
}

export function matchesFilter(deal: Listed, query: string): boolean {
  return dealFilter(query)(deal);
}

/** By name, then id; case- and accent-insensitive: the order of the list's index (lib/store/deal-rows.ts). */
export function sortDeals(deals: readonly Deal[]): Deal[] {
  return deals.map((d) => ({ d, row: rowOf(d) })).sort((a, b) => compareRows(a.row, b.row)).map((x) => x.d);
}
