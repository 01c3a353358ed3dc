import { isUnsigned, type Deal, type SpecialTerm } from '@/lib/model';

/** The special term due next: the earliest due today or later. */
export function nextDueTerm(deal: Deal, today: string): SpecialTerm | null {
  let best: SpecialTerm | null = null;
  for (const t of deal.specialTerms) {
    if (!t.dueOn || t.dueOn < today) continue;
    if (!best || t.dueOn < best.dueOn!) best = t;
  }
  return best;
}

/** How many special terms are past their due date. */
export function overdueCount(deal: Deal, today: string): number {
  return deal.specialTerms.filter((t) => t.dueOn !== null && t.dueOn < today).length;
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
 * or owner ("sign" finds signed deals, not unsigned ones).
 */
export function matchesFilter(deal: Deal, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
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
  return words.every((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}`, 'u').test(hay));
}

/** By name, then id; case- and accent-insensitive. */
export function sortDeals(deals: readonly Deal[]): Deal[] {
  return [...deals].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
