import type { Deal } from '@/lib/model';
import { dealKeys } from '@/lib/store/keys';
import type { DealKeys } from '@/lib/store/schema';
import { linkTiers, type LinkLookup } from './candidates';
import type { PageContext } from './context';
import { pickDeal, type LinkResult } from './pick';

/** Finds the deals one lookup hits; the store does this with an index. */
export type LookupFn = (lookup: LinkLookup) => Promise<Deal[]> | Deal[];

/** Resolves a page to its linked deal with the precedence of linkTiers. */
export async function resolveLink(ctx: PageContext, ownDomain: string | null, lookup: LookupFn): Promise<LinkResult | null> {
  for (const tier of linkTiers(ctx, ownDomain)) {
    const hits = new Map<string, { deal: Deal; count: number }>();
    for (const l of tier.lookups) {
      for (const deal of await lookup(l)) {
        const hit = hits.get(deal.id);
        if (hit) hit.count++;
        else hits.set(deal.id, { deal, count: 1 });
      }
    }
    const result = pickDeal(hits, tier.via);
    if (result) return result;
  }
  return null;
}

/** The same over deals in memory (tests, and small lists). */
export function lookupInMemory(deals: Deal[]): LookupFn {
  const keyed: Array<{ deal: Deal; k: DealKeys }> = deals.map((deal) => ({ deal, k: dealKeys(deal) }));
  return ({ field, key }) => keyed.filter((d) => d.k[field].includes(key)).map((d) => d.deal);
}

export type { LinkResult } from './pick';
