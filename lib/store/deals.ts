import { dealSchema, type Deal } from '@/lib/model';
import type { HandoffDb } from './db';
import { abortQuietly, settled, StoreError, withStoreErrors } from './errors';
import { bucketOf, dealKeys, makeBucket } from './keys';
import type { DealKeys } from './schema';

export async function listDeals(db: HandoffDb): Promise<Deal[]> {
  return (await db.getAll('deals')).flatMap((bucket) => bucket.deals);
}

export async function getDeal(db: HandoffDb, id: string): Promise<Deal | null> {
  return (await db.get('deals', bucketOf(id)))?.deals.find((d) => d.id === id) ?? null;
}

const INDEX_FOR: Record<keyof DealKeys, 'by-domain' | 'by-gmail-thread' | 'by-jira-project' | 'by-jira-issue' | 'by-jira-unbound' | 'by-asana'> = {
  domain: 'by-domain',
  gmailThread: 'by-gmail-thread',
  jiraProject: 'by-jira-project',
  jiraIssue: 'by-jira-issue',
  jiraUnbound: 'by-jira-unbound',
  asana: 'by-asana',
};

/** Deals with this link key: the index names the buckets, their deals are filtered. */
export async function dealsByLink(db: HandoffDb, field: keyof DealKeys, key: string): Promise<Deal[]> {
  const buckets = await db.getAllFromIndex('deals', INDEX_FOR[field], key);
  return buckets.flatMap((bucket) => bucket.deals.filter((d) => dealKeys(d)[field].includes(key)));
}

/**
 * Saves a deal as the user edited it. It is validated first: an invalid
 * deal is refused with the field and the reason, and the stored one stays
 * as it was. Resolves only after the transaction has committed.
 */
export async function saveDeal(db: HandoffDb, input: unknown, now: Date, opts: { create?: boolean } = {}): Promise<Deal> {
  const parsed = dealSchema.safeParse(input);
  if (!parsed.success) throw invalid('deal', parsed.error.issues);
  const deal: Deal = { ...parsed.data, updatedAt: now.toISOString() };
  return withStoreErrors(async () => {
    const tx = db.transaction('deals', 'readwrite');
    settled(tx);
    const b = bucketOf(deal.id);
    const deals = (await tx.store.get(b))?.deals ?? [];
    const at = deals.findIndex((d) => d.id === deal.id);
    if (opts.create && at >= 0) {
      abortQuietly(tx);
      throw new StoreError('invalid', `A deal with id "${deal.id}" already exists`, [{ field: 'id', message: 'already exists' }]);
    }
    const next = at >= 0 ? deals.map((d, i) => (i === at ? deal : d)) : [...deals, deal];
    await Promise.all([tx.store.put(makeBucket(b, next)), tx.done]);
    return deal;
  });
}

export async function deleteDeal(db: HandoffDb, id: string): Promise<void> {
  return withStoreErrors(async () => {
    const tx = db.transaction('deals', 'readwrite');
    settled(tx);
    const b = bucketOf(id);
    const rest = ((await tx.store.get(b))?.deals ?? []).filter((d) => d.id !== id);
    await Promise.all([rest.length ? tx.store.put(makeBucket(b, rest)) : tx.store.delete(b), tx.done]);
  });
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function invalid(what: string, issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>): StoreError {
  const problems: FieldProblem[] = issues.map((i) => ({ field: pathString(i.path), message: i.message }));
  const first = problems[0];
  return new StoreError('invalid', `Invalid ${what}: ${first ? `${first.field || what} ${first.message}` : 'unknown problem'}`, problems);
}

function pathString(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
