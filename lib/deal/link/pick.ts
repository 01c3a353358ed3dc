import type { Deal } from '@/lib/model';
import type { LinkVia } from './context';

export interface LinkResult {
  deal: Deal;
  via: LinkVia;
  /** Other deals that matched as strongly; the UI can say "1 of 3". */
  alsoMatched: string[];
}

/**
 * Chooses among deals of one tier: the one most lookups hit (most
 * participants' domains), then open deals before closed ones, then the most
 * recently updated, then by id so the choice is stable.
 */
export function pickDeal(hits: Map<string, { deal: Deal; count: number }>, via: LinkVia): LinkResult | null {
  const ranked = [...hits.values()].sort(
    (a, b) =>
      b.count - a.count ||
      Number(a.deal.stage === 'closed') - Number(b.deal.stage === 'closed') ||
      b.deal.updatedAt.localeCompare(a.deal.updatedAt) ||
      a.deal.id.localeCompare(b.deal.id),
  );
  const [best, ...rest] = ranked;
  if (!best) return null;
  return { deal: best.deal, via, alsoMatched: rest.map((r) => r.deal.id) };
}
