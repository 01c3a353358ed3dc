import { CRM_SOURCES, type CrmConfigPatch, type CrmConnect, type CrmStatus } from '@/lib/crm/account';
import { HandoffError } from '@/lib/messaging/errors';
import type { Deal, SalesRequest } from '@/lib/model';
import type { CrmSource } from '@/lib/crm/fields';
import type { OutboxItem } from '@/lib/crm/outbox';
import type { Handlers } from '@/lib/messaging/router';
import type { CRM_MESSAGES } from '@/lib/messaging/crm-protocol';

export type CrmMessageType = keyof typeof CRM_MESSAGES;

/** The worker's CRM connection (lib/background/crm/service.ts); the messages only route to it. */
export interface CrmService {
  statuses(): Promise<CrmStatus[]>;
  connect(request: CrmConnect): Promise<CrmStatus>;
  disconnect(source: CrmSource): Promise<CrmStatus>;
  syncNow(source: CrmSource): Promise<CrmStatus>;
  configure(source: CrmSource, patch: CrmConfigPatch): Promise<CrmStatus>;
  outbox(refIds?: readonly string[]): Promise<OutboxItem[]>;
  retry(id: string): Promise<OutboxItem>;
  /** After a request was logged or saved (committed): queue its write-back if its deal's CRM has it on. */
  onRequestSaved(request: SalesRequest, deal: Deal | null): Promise<void>;
  /** After a deal was saved: queue a write-back for each deliverable newly confirmed or refused. */
  onDealSaved(before: Deal | null, after: Deal): Promise<void>;
}

export function crmHandlers(crm: CrmService): Pick<Handlers, CrmMessageType> {
  return {
    'crm.status': () => crm.statuses(),
    'crm.connect': (request) => crm.connect(request),
    'crm.disconnect': ({ source }) => crm.disconnect(source),
    'crm.sync': ({ source }) => crm.syncNow(source),
    'crm.configure': ({ source, patch }) => crm.configure(source, patch),
    'crm.outbox.list': ({ refIds }) => crm.outbox(refIds),
    'crm.outbox.retry': ({ id }) => crm.retry(id),
  };
}

/**
 * For handler sets built without a CRM transport (tests of the other
 * messages): every CRM reads as not connected and connecting is refused.
 * The worker always passes the real service (entrypoints/background.ts).
 */
export function crmUnavailable(statusOf: (source: CrmSource) => CrmStatus): CrmService {
  const refuse = async (): Promise<never> => {
    throw new HandoffError('invalid', 'No CRM connection in this context');
  };
  return {
    statuses: async () => CRM_SOURCES.map(statusOf),
    connect: refuse,
    disconnect: async (source) => statusOf(source),
    syncNow: refuse,
    configure: refuse,
    outbox: async () => [],
    retry: refuse,
    onRequestSaved: async () => {},
    onDealSaved: async () => {},
  };
}
