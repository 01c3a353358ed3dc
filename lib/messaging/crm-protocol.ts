import { z } from 'zod';
import { CRM_SOURCES, crmConfigPatchSchema, crmConnectSchema, crmStatusSchema } from '@/lib/crm/account';
import { outboxItemSchema } from '@/lib/crm/outbox';

/**
 * The CRM connection's messages (issue 16). Only extension pages send them
 * (the options page): a content script never learns that a CRM is
 * connected, let alone its token, and no reply carries a credential.
 */
const source = z.enum(CRM_SOURCES);
const statuses = z.array(crmStatusSchema);

export const CRM_MESSAGES = {
  /** Every CRM's state, connected or not, for the options page and `[data-handoff="crm-status"]`. */
  'crm.status': { req: z.object({}), res: statuses },
  /**
   * Checks the credentials against the CRM, stores them and starts the first
   * sync (not awaited: the status says "syncing"). The options page asked
   * for the host permission in the same click.
   */
  'crm.connect': { req: crmConnectSchema, res: crmStatusSchema },
  /** Forgets the credentials, the settings and the sync state; the synced deals stay, marked as no longer synced. */
  'crm.disconnect': { req: z.object({ source }), res: crmStatusSchema },
  /** "Sync now": starts a pass unless one is running; answers at once. */
  'crm.sync': { req: z.object({ source }), res: crmStatusSchema },
  'crm.configure': { req: z.object({ source, patch: crmConfigPatchSchema }), res: crmStatusSchema },
  /** Write-back state of requests / deliverables (by `refId`), for the request log and the deal editor. */
  'crm.outbox.list': { req: z.object({ refIds: z.array(z.string().max(500)).max(1000).optional() }), res: z.array(outboxItemSchema) },
  /** A failed write made pending again and sent now. */
  'crm.outbox.retry': { req: z.object({ id: z.string().max(1000) }), res: outboxItemSchema },
} as const;
