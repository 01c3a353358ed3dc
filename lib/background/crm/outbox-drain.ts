import type { CrmSource } from '@/lib/crm/fields';
import { CrmHttpError } from '@/lib/crm/http';
import type { OutboxItem } from '@/lib/crm/outbox';
import type { CrmSyncSource } from '@/lib/crm/sync/source';
import { dueOutbox, updateOutbox, type HandoffDb } from '@/lib/store';

/**
 * Writes the outbox of one CRM (issue 16, item 4). Each item is marked
 * 'sending' (committed) before its request goes out and 'sent' with the
 * remote id after; a worker stopped in between finds it 'sending' and
 * writes it again: at most one duplicate note in that window, never a lost
 * one. Rate limits and server errors wait and retry; anything the user
 * must act on (reconnect, a refused write) fails visibly, with a retry.
 */
export const MAX_ATTEMPTS = 5;
const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

export interface DrainResult {
  sent: OutboxItem[];
  failed: OutboxItem[];
  /** Stopped early: the CRM asked to slow down or could not be reached. */
  deferred: boolean;
}

const transient = (e: unknown) => e instanceof CrmHttpError && (e.kind === 'rate-limited' || e.kind === 'server' || e.kind === 'network');

export async function drainOutbox(db: HandoffDb, source: CrmSource, sync: CrmSyncSource, now: () => Date): Promise<DrainResult> {
  const result: DrainResult = { sent: [], failed: [], deferred: false };
  const due = (await dueOutbox(db, now())).filter((i) => i.source === source);
  for (const item of due) {
    await updateOutbox(db, item.id, (stored) => ({ ...stored, status: 'sending', attempts: stored.attempts + 1 }));
    try {
      const { remoteId } = await sync.write(item);
      result.sent.push(await updateOutbox(db, item.id, (stored) => ({ ...stored, status: 'sent', remoteId, sentAt: now().toISOString(), lastError: null, notBefore: null })));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (transient(error)) {
        const stored = await updateOutbox(db, item.id, (s) => {
          const give = s.attempts >= MAX_ATTEMPTS;
          const wait = BACKOFF_MS[Math.min(s.attempts - 1, BACKOFF_MS.length - 1)]!;
          return give
            ? { ...s, status: 'failed', lastError: reason, notBefore: null }
            : { ...s, status: 'pending', lastError: reason, notBefore: new Date(now().getTime() + wait).toISOString() };
        });
        if (stored.status === 'failed') result.failed.push(stored);
        // The CRM is busy or away: the rest waits for the next drain.
        result.deferred = true;
        break;
      }
      result.failed.push(await updateOutbox(db, item.id, (s) => ({ ...s, status: 'failed', lastError: reason, notBefore: null })));
      // A reconnect failure fails every item the same way: stop, the status line says reconnect.
      if (error instanceof CrmHttpError && error.kind === 'reconnect') break;
    }
  }
  return result;
}
