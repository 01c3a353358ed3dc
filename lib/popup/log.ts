/**
 * Saves a request from the popup. A Gmail request (`gmail-<messageId>`) also
 * marks that message's flag as logged, as the sidebar does, so the sidebar
 * and the inbox markers agree with the popup.
 */
import { send as defaultSend } from '@/lib/messaging/client';
import type { SalesRequest } from '@/lib/model';

type Send = typeof defaultSend;

export const GMAIL_ID_PREFIX = 'gmail-';

export async function logRequest(request: SalesRequest, send: Send = defaultSend): Promise<SalesRequest> {
  const saved = await send('requests.save', { request });
  if (saved.id.startsWith(GMAIL_ID_PREFIX)) {
    const messageId = saved.id.slice(GMAIL_ID_PREFIX.length);
    try {
      // Only a message the classifier flagged has a flag to update; none is made up here.
      const flag = await send('gmail.flag', { messageId });
      if (flag && (flag.status !== 'logged' || flag.requestId !== saved.id)) {
        await send('flags.set', { messageId, threadId: flag.threadId, label: flag.label, status: 'logged', requestId: saved.id });
      }
    } catch {
      // The request is saved; a stale flag only shows until the next inspection.
    }
  }
  return saved;
}
