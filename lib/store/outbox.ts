import { outboxItemSchema, type OutboxItem } from '@/lib/crm/outbox';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { abortQuietly, settled, StoreError, withStoreErrors } from './errors';

/**
 * The CRM write-back outbox (lib/crm/outbox.ts says the life of an item).
 * Every change resolves after its transaction committed, so a worker stopped
 * right after it loses nothing.
 */

/** Queues items whose id is new; an id already queued (or sent) is left as it is. Returns those added. */
export async function enqueueOutbox(db: HandoffDb, items: readonly OutboxItem[]): Promise<OutboxItem[]> {
  for (const item of items) {
    const checked = outboxItemSchema.safeParse(item);
    if (!checked.success) throw invalid('outbox item', checked.error.issues);
  }
  return withStoreErrors(async () => {
    const tx = db.transaction('outbox', 'readwrite');
    settled(tx);
    const added: OutboxItem[] = [];
    for (const item of items) {
      if (await tx.store.getKey(item.id)) continue;
      await tx.store.put(item);
      added.push(item);
    }
    await tx.done;
    return added;
  });
}

export async function listOutbox(db: HandoffDb, refIds?: readonly string[]): Promise<OutboxItem[]> {
  if (!refIds) return db.getAll('outbox');
  const lists = await Promise.all([...new Set(refIds)].map((ref) => db.getAllFromIndex('outbox', 'by-ref', ref)));
  return lists.flat();
}

/** Items to write now: pending ones whose backoff has passed, and 'sending' ones a stopped worker left. */
export async function dueOutbox(db: HandoffDb, now: Date): Promise<OutboxItem[]> {
  const [pending, sending] = await Promise.all([db.getAllFromIndex('outbox', 'by-status', 'pending'), db.getAllFromIndex('outbox', 'by-status', 'sending')]);
  return [...sending, ...pending]
    .filter((i) => !i.notBefore || Date.parse(i.notBefore) <= now.getTime())
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function outboxCounts(db: HandoffDb, source: string): Promise<{ pending: number; failed: number }> {
  const [pending, sending, failed] = await Promise.all(
    (['pending', 'sending', 'failed'] as const).map((status) => db.getAllFromIndex('outbox', 'by-status', status)),
  );
  const mine = (list: OutboxItem[] | undefined) => (list ?? []).filter((i) => i.source === source).length;
  return { pending: mine(pending) + mine(sending), failed: mine(failed) };
}

/** Changes one item in one transaction; `change` sees the stored item. */
export async function updateOutbox(db: HandoffDb, id: string, change: (item: OutboxItem) => OutboxItem): Promise<OutboxItem> {
  return withStoreErrors(async () => {
    const tx = db.transaction('outbox', 'readwrite');
    settled(tx);
    const stored = await tx.store.get(id);
    if (!stored) {
      abortQuietly(tx);
      throw new StoreError('not-found', `No write-back item "${id}"`);
    }
    const next = change(stored);
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  });
}

/** Drops the items of a CRM that was disconnected and never sent (sent ones stay as the record of what was written). */
export async function dropUnsentOutbox(db: HandoffDb, source: string): Promise<void> {
  return withStoreErrors(async () => {
    const tx = db.transaction('outbox', 'readwrite');
    settled(tx);
    const items = await tx.store.getAll();
    await Promise.all([...items.filter((i) => i.source === source && i.status !== 'sent').map((i) => tx.store.delete(i.id)), tx.done]);
  });
}
