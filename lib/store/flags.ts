import type { HandoffDb } from './db';
import { settled, withStoreErrors } from './errors';
import type { FlagRecord } from './schema';

export type { FlagRecord } from './schema';

export async function getFlag(db: HandoffDb, messageId: string): Promise<FlagRecord | null> {
  return (await db.get('flags', messageId)) ?? null;
}

/** Records a flag; the first sighting of a message never overwrites what the PM did with it. */
export async function recordFlag(db: HandoffDb, flag: FlagRecord, { keepExisting = false } = {}): Promise<FlagRecord> {
  return withStoreErrors(async () => {
    const tx = db.transaction('flags', 'readwrite');
    settled(tx);
    const existing = await tx.store.get(flag.messageId);
    if (keepExisting && existing) {
      await tx.done;
      return existing;
    }
    await Promise.all([tx.store.put(flag), tx.done]);
    return flag;
  });
}

export async function deleteFlag(db: HandoffDb, messageId: string): Promise<void> {
  return withStoreErrors(async () => {
    await db.delete('flags', messageId);
  });
}

/**
 * For the inbox list: each thread's marker, from the flags of its messages
 * (a pending flag shows over a logged one; dismissed ones show nothing).
 */
export async function flagsForThreads(db: HandoffDb, threadIds: readonly string[]): Promise<Record<string, 'flagged' | 'logged'>> {
  const tx = db.transaction('flags');
  const index = tx.store.index('by-thread');
  const out: Record<string, 'flagged' | 'logged'> = {};
  const lists = await Promise.all(threadIds.map((t) => index.getAll(t)));
  lists.forEach((flags, i) => {
    const statuses = new Set(flags.map((f) => f.status));
    const marker = statuses.has('flagged') ? 'flagged' : statuses.has('logged') ? 'logged' : null;
    if (marker) out[threadIds[i]!] = marker;
  });
  return out;
}

export async function flagStats(db: HandoffDb): Promise<{ flagged: number; logged: number; dismissed: number }> {
  const tx = db.transaction('flags');
  const index = tx.store.index('by-status');
  const [flagged, logged, dismissed] = await Promise.all([index.count('flagged'), index.count('logged'), index.count('dismissed')]);
  return { flagged, logged, dismissed };
}
