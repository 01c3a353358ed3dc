import type { Deal, JiraLink } from '@/lib/model';
import type { HandoffDb } from './db';
import { settled, withStoreErrors } from './errors';
import { bucketsWithLinks, type ReadBucket } from './deals';
import { BucketWrites, storesOf } from './bucket-writes';

/** The deal with its unbound links of `keys` bound to `site` (a duplicate of a bound link is dropped); null when none is. */
export function bindDeal(deal: Deal, site: string, keys: ReadonlySet<string>): Deal | null {
  let changed = false;
  const jira: JiraLink[] = [];
  for (const l of deal.links.jira) {
    if (l.site !== null || !keys.has(l.key)) {
      jira.push(l);
      continue;
    }
    changed = true;
    if (!deal.links.jira.some((o) => o.site === site && o.key === l.key)) jira.push({ ...l, site });
  }
  return changed ? { ...deal, links: { ...deal.links, jira } } : null;
}

/**
 * Binds every unbound Jira link whose key is in `keys` to `site`, in one
 * transaction (all deals or none). Returns the deals it changed.
 */
export async function bindUnboundJira(db: HandoffDb, site: string, keys: readonly string[], now: Date): Promise<Deal[]> {
  if (!keys.length) return [];
  const wanted = new Set(keys);
  return withStoreErrors(async () => {
    const tx = db.transaction(['deals', 'dealStats', 'links'], 'readwrite');
    settled(tx);
    const found = await bucketsWithLinks(tx.objectStore('links'), tx.objectStore('deals'), [...wanted].map((key) => ({ field: 'jiraUnbound' as const, key })));
    // Each bucket once (several keys may name it), with its stored keys for the link index.
    const buckets = new Map<number, ReadBucket>();
    for (const { buckets: named } of found.values()) for (const bucket of named) buckets.set(bucket.b, bucket);
    const out: Deal[] = [];
    const writes = new BucketWrites(storesOf(tx));
    for (const [b, { deals, k }] of buckets) {
      const next = deals.map((d) => {
        const bound = bindDeal(d, site, wanted);
        if (!bound) return d;
        const stamped = { ...bound, updatedAt: now.toISOString() };
        out.push(stamped);
        return stamped;
      });
      writes.write(b, next, k);
    }
    await Promise.all([writes.flush(), tx.done]);
    return out;
  });
}
