import { salesRequestSchema, type RequestStatus, type SalesRequest } from '@/lib/model';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { abortQuietly, settled, StoreError, withStoreErrors } from './errors';
import { wrapRequest } from './keys';

export interface RequestQuery {
  dealId?: string;
  sender?: string;
  status?: RequestStatus;
  limit?: number;
}

/** Requests newest first, narrowed by one indexed field at a time. */
export async function listRequests(db: HandoffDb, q: RequestQuery = {}): Promise<SalesRequest[]> {
  const limit = q.limit ?? Infinity;
  const out: SalesRequest[] = [];
  if (q.dealId !== undefined || q.sender !== undefined || q.status !== undefined) {
    const [index, key] =
      q.dealId !== undefined ? (['by-deal', q.dealId] as const)
      : q.sender !== undefined ? (['by-sender', q.sender.toLowerCase()] as const)
      : (['by-status', q.status!] as const);
    const rows = (await db.getAllFromIndex('requests', index, key))
      .filter((r) => (q.status === undefined || r.k.status === q.status) && (q.sender === undefined || r.k.sender === q.sender.toLowerCase()))
      .sort((a, b) => b.k.loggedAt.localeCompare(a.k.loggedAt));
    return rows.slice(0, limit).map((r) => r.request);
  }
  let cursor = await db.transaction('requests').store.index('by-logged-at').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value.request);
    cursor = await cursor.continue();
  }
  return out;
}

export async function saveRequest(db: HandoffDb, input: unknown): Promise<SalesRequest> {
  const parsed = salesRequestSchema.safeParse(input);
  if (!parsed.success) throw invalid('request', parsed.error.issues);
  return withStoreErrors(async () => {
    const tx = db.transaction('requests', 'readwrite');
    settled(tx);
    await Promise.all([tx.store.put(wrapRequest(parsed.data)), tx.done]);
    return parsed.data;
  });
}

export async function setRequestStatus(db: HandoffDb, id: string, status: RequestStatus): Promise<SalesRequest> {
  return withStoreErrors(async () => {
    const tx = db.transaction('requests', 'readwrite');
    settled(tx);
    const stored = await tx.store.get(id);
    if (!stored) {
      abortQuietly(tx);
      throw new StoreError('not-found', `No request with id "${id}"`);
    }
    const request = { ...stored.request, status };
    await Promise.all([tx.store.put(wrapRequest(request)), tx.done]);
    return request;
  });
}

export async function deleteRequest(db: HandoffDb, id: string): Promise<void> {
  return withStoreErrors(async () => {
    await db.delete('requests', id);
  });
}

/**
 * A request a content script logs (issue 13): created when its id is new;
 * a stored one is never rewritten, except that an open request may become
 * redirected (the flag's "Redirect to Sales" after "Log"). Read and write
 * share one transaction, so a concurrent save cannot slip between them.
 * `wrote` says whether anything changed.
 */
export async function logRequestOnce(db: HandoffDb, input: unknown): Promise<{ request: SalesRequest; wrote: boolean }> {
  const parsed = salesRequestSchema.safeParse(input);
  if (!parsed.success) throw invalid('request', parsed.error.issues);
  const request = parsed.data;
  return withStoreErrors(async () => {
    const tx = db.transaction('requests', 'readwrite');
    settled(tx);
    const stored = (await tx.store.get(request.id))?.request;
    const next = !stored ? request : stored.status === 'open' && request.status === 'redirected' ? { ...stored, status: request.status } : null;
    if (!next) {
      await tx.done;
      return { request: stored!, wrote: false };
    }
    await Promise.all([tx.store.put(wrapRequest(next)), tx.done]);
    return { request: next, wrote: true };
  });
}
