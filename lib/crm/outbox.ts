import { z } from 'zod';
import { CRM_SOURCES, WRITE_BACK_AS } from './account';

/**
 * The write-back outbox (issue 16, item 4): what the PM logged, waiting to
 * be written to the CRM. Kept in IndexedDB (the `outbox` store), so a
 * worker stop or an offline browser loses nothing. Each item's id is
 * derived from what it records, so queuing the same thing twice is a no-op
 * and each thing is written once; after the write its remote id is kept.
 *
 * Status: 'pending' (to write) → 'sending' (a request is out; written to
 * the store before the request) → 'sent' (remoteId kept) or 'failed'
 * (lastError shown on the request, with a retry that makes it pending).
 */

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_KINDS = ['request', 'deliverable'] as const;

export const outboxItemSchema = z.object({
  id: z.string().min(1),
  source: z.enum(CRM_SOURCES),
  kind: z.enum(OUTBOX_KINDS),
  /** The Handoff deal, and the CRM record the note / task is attached to. */
  dealId: z.string(),
  remoteDealId: z.string(),
  /** The request id, or `<dealId>/<deliverableId>` for a deliverable decision: what the UI shows the state on. */
  refId: z.string(),
  as: z.enum(WRITE_BACK_AS),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.int().min(0),
  lastError: z.string().nullable(),
  /** Not before this instant (ISO): set by a 429 or a 5xx backoff. */
  notBefore: z.string().nullable(),
  remoteId: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const requestOutboxId = (source: string, requestId: string) => `${source}|request|${requestId}`;
/** One item per decision: confirming, refusing and confirming again are three things Sales should see. */
export const deliverableOutboxId = (source: string, dealId: string, deliverableId: string, decision: string, at: string) =>
  `${source}|deliverable|${dealId}/${deliverableId}|${decision}|${at}`;
