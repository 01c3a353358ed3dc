import { dealSchema, type Deal } from '@/lib/model';
import type { HandoffDb } from './db';
import { abortQuietly, StoreError, toStoreError } from './errors';
import { wrapDeal } from './keys';
import type { DealKeys } from './schema';

export async function listDeals(db: HandoffDb): Promise<Deal[]> {
  return (await db.getAll('deals')).map((s) => s.deal);
}

export async function getDeal(db: HandoffDb, id: string): Promise<Deal | null> {
  return (await db.get('deals', id))?.deal ?? null;
}

const INDEX_FOR: Record<keyof DealKeys, 'by-domain' | 'by-gmail-thread' | 'by-jira-project' | 'by-jira-issue' | 'by-asana'> = {
  domain: 'by-domain',
  gmailThread: 'by-gmail-thread',
  jiraProject: 'by-jira-project',
  jiraIssue: 'by-jira-issue',
  asana: 'by-asana',
};

export async function dealsByLink(db: HandoffDb, field: keyof DealKeys, key: string): Promise<Deal[]> {
  return (await db.getAllFromIndex('deals', INDEX_FOR[field], key)).map((s) => s.deal);
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
  try {
    const tx = db.transaction('deals', 'readwrite');
    if (opts.create && (await tx.store.getKey(deal.id)) !== undefined) {
      abortQuietly(tx);
      throw new StoreError('invalid', `A deal with id "${deal.id}" already exists`, [{ field: 'id', message: 'already exists' }]);
    }
    await Promise.all([tx.store.put(wrapDeal(deal)), tx.done]);
    return deal;
  } catch (e) {
    throw toStoreError(e);
  }
}

export async function deleteDeal(db: HandoffDb, id: string): Promise<void> {
  try {
    await db.delete('deals', id);
  } catch (e) {
    throw toStoreError(e);
  }
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
