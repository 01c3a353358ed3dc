import { ISSUE_KEY_PATTERN, normalizeEmail, type Deal, type SalesRequest } from '@/lib/model';
import { isUnsigned } from '@/lib/model/constants';
import { rowKey } from './deal-rows';
import type { LinkIndexChanges } from './link-index';
import { DEAL_BUCKETS, type DealBucket, type DealKeys, type DealStats, type StoredRequest } from './schema';

/**
 * The index key of a Jira key on a site: `https://acme.atlassian.net OPS-17`.
 * Origins hold no space, so site and key cannot run into each other.
 */
export const jiraIndexKey = (site: string, key: string): string => `${site} ${key.trim().toUpperCase()}`;

type KeySets = { [F in keyof DealKeys]: Set<string> };
const keySets = (): KeySets => ({ domain: new Set(), gmailThread: new Set(), jiraProject: new Set(), jiraIssue: new Set(), jiraUnbound: new Set(), asana: new Set() });
const keyLists = (sets: KeySets): DealKeys => ({
  domain: [...sets.domain],
  gmailThread: [...sets.gmailThread],
  jiraProject: [...sets.jiraProject],
  jiraIssue: [...sets.jiraIssue],
  jiraUnbound: [...sets.jiraUnbound],
  asana: [...sets.asana],
});

/** Adds a deal's link keys, normalised for lookup, to `sets` (each in its links' order). */
function addKeys(deal: Deal, sets: KeySets): void {
  for (const d of deal.links.domains) sets.domain.add(d.trim().toLowerCase());
  for (const t of deal.links.gmailThreads) sets.gmailThread.add(t.trim().toLowerCase());
  for (const l of deal.links.jira) {
    // Unbound links (no site) match no page: only the bind on confirm looks them up.
    if (l.site === null) sets.jiraUnbound.add(l.key.trim().toUpperCase());
    else (ISSUE_KEY_PATTERN.test(l.key) ? sets.jiraIssue : sets.jiraProject).add(jiraIndexKey(l.site, l.key));
  }
  for (const g of deal.links.asana) sets.asana.add(g.trim());
}

export function dealKeys(deal: Deal): DealKeys {
  const sets = keySets();
  addKeys(deal, sets);
  return keyLists(sets);
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

/** A bucket record for these deals, its keys the union of theirs (first seen first). */
export function makeBucket(b: number, deals: Deal[]): DealBucket {
  const sets = keySets();
  for (const deal of deals) addKeys(deal, sets);
  return { b, d: JSON.stringify(deals), k: keyLists(sets), r: deals.map(rowKey) };
}

/** A bucket's deals (schema.ts says why they are stored as text). */
export function dealsOf(bucket: { d: string }): Deal[] {
  return JSON.parse(bucket.d) as Deal[];
}

export function statsOf(b: number, deals: readonly Deal[]): DealStats {
  let unsigned = 0;
  for (const d of deals) if (isUnsigned(d.stage)) unsigned++;
  return { b, total: deals.length, unsigned };
}

/**
 * Writes a bucket and its counts (or deletes both when it is empty), and
 * notes its link keys' change for the link index (`before`: the keys of the
 * record it replaces). Called by `BucketWrites` (bucket-writes.ts), which
 * every deal writer uses and which flushes `links` in the same transaction.
 */
export function writeBucket(
  deals: { put(v: DealBucket): unknown; delete(key: number): unknown },
  stats: { put(v: DealStats): unknown; delete(key: number): unknown },
  b: number,
  list: Deal[],
  before: DealKeys | undefined,
  links: LinkIndexChanges,
): unknown[] {
  if (!list.length) {
    links.bucket(b, before, undefined);
    return [deals.delete(b), stats.delete(b)];
  }
  const bucket = makeBucket(b, list);
  links.bucket(b, before, bucket.k);
  return [deals.put(bucket), stats.put(statsOf(b, list))];
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

