import { ISSUE_KEY_PATTERN, normalizeEmail, type Deal, type SalesRequest } from '@/lib/model';
import { isUnsigned } from '@/lib/model/constants';
import { rowKey } from './deal-rows';
import { DEAL_BUCKETS, type DealBucket, type DealKeys, type DealStats, type StoredRequest } from './schema';

/**
 * The index key of a Jira key on a site: `https://acme.atlassian.net OPS-17`.
 * Origins hold no space, so site and key cannot run into each other.
 */
export const jiraIndexKey = (site: string, key: string): string => `${site} ${key.trim().toUpperCase()}`;

export function dealKeys(deal: Deal): DealKeys {
  const bound = deal.links.jira.filter((l): l is typeof l & { site: string } => l.site !== null);
  return {
    domain: unique(deal.links.domains.map((d) => d.trim().toLowerCase())),
    gmailThread: unique(deal.links.gmailThreads.map((t) => t.trim().toLowerCase())),
    jiraProject: unique(bound.filter((l) => !ISSUE_KEY_PATTERN.test(l.key)).map((l) => jiraIndexKey(l.site, l.key))),
    jiraIssue: unique(bound.filter((l) => ISSUE_KEY_PATTERN.test(l.key)).map((l) => jiraIndexKey(l.site, l.key))),
    // Unbound links (no site) match no page: only the bind on confirm looks them up.
    jiraUnbound: unique(deal.links.jira.filter((l) => l.site === null).map((l) => l.key.trim().toUpperCase())),
    asana: unique(deal.links.asana.map((g) => g.trim())),
  };
}

/** The bucket a deal id lives in: FNV-1a of the id, stable across versions. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % DEAL_BUCKETS;
}

/** A bucket record for these deals, its keys the union of theirs. */
export function makeBucket(b: number, deals: Deal[]): DealBucket {
  const k: DealKeys = { domain: [], gmailThread: [], jiraProject: [], jiraIssue: [], jiraUnbound: [], asana: [] };
  for (const deal of deals) {
    const dk = dealKeys(deal);
    for (const field of Object.keys(k) as Array<keyof DealKeys>) k[field].push(...dk[field]);
  }
  for (const field of Object.keys(k) as Array<keyof DealKeys>) k[field] = unique(k[field]);
  return { b, deals, k, r: deals.map(rowKey) };
}

export function statsOf(b: number, deals: readonly Deal[]): DealStats {
  let unsigned = 0;
  for (const d of deals) if (isUnsigned(d.stage)) unsigned++;
  return { b, total: deals.length, unsigned };
}

/**
 * Writes a bucket and its counts (or deletes both when it is empty): every
 * deal write goes through here, in a transaction over `deals` and `dealStats`.
 */
export function writeBucket(
  deals: { put(v: DealBucket): unknown; delete(key: number): unknown },
  stats: { put(v: DealStats): unknown; delete(key: number): unknown },
  b: number,
  list: Deal[],
): unknown[] {
  return list.length ? [deals.put(makeBucket(b, list)), stats.put(statsOf(b, list))] : [deals.delete(b), stats.delete(b)];
}

/** Requests without a deal index under '' (IndexedDB cannot index null). */
export function wrapRequest(request: SalesRequest): StoredRequest {
  return {
    id: request.id,
    request,
    k: {
      loggedAt: new Date(request.loggedAt).toISOString(),
      dealId: request.dealId ?? '',
      sender: normalizeEmail(request.from.email),
      status: request.status,
    },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
