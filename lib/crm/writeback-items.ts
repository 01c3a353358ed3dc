import type { Deal, SalesRequest } from '@/lib/model';
import type { CrmConfig } from './account';
import type { CrmSource } from './fields';
import type { CrmOrigin } from './mapping';
import { deliverableOutboxId, requestOutboxId, type OutboxItem } from './outbox';
import { deliverableDecision, deliverableWriteBack, requestWriteBack, type WriteBackText } from './writeback-text';

/**
 * What goes into the outbox when the PM acts (issue 16, item 4): only for a
 * deal that came from a CRM whose write-back is on. Pure: the worker calls
 * these after the PM's change committed and queues what they return.
 */
type Configs = Partial<Record<CrmSource, CrmConfig>>;

function originOf(deal: Deal | null | undefined): (CrmOrigin & { removed?: string }) | null {
  const crm = (deal as { crm?: CrmOrigin & { removed?: string } } | null | undefined)?.crm;
  return crm && typeof crm.remoteId === 'string' && (crm.source === 'hubspot' || crm.source === 'salesforce') ? crm : null;
}

function item(config: CrmConfig, deal: Deal, origin: CrmOrigin, id: string, refId: string, kind: OutboxItem['kind'], text: WriteBackText, now: Date): OutboxItem {
  return {
    id,
    source: origin.source,
    kind,
    dealId: deal.id,
    remoteDealId: origin.remoteId,
    refId,
    // Salesforce write-back is always a Task (with WhatId); HubSpot's is chosen in options.
    as: config.source === 'salesforce' ? 'task' : config.writeBack.as,
    subject: text.subject,
    body: text.body,
    createdAt: now.toISOString(),
    status: 'pending',
    attempts: 0,
    lastError: null,
    notBefore: null,
    remoteId: null,
    sentAt: null,
  };
}

/** A logged Sales request on a synced deal: one item, ever (its id is the request's). */
export function requestItems(request: SalesRequest, deal: Deal | null, configs: Configs, now: Date): OutboxItem[] {
  const origin = originOf(deal);
  const config = origin ? configs[origin.source] : undefined;
  if (!deal || !origin || !config?.writeBack.enabled || origin.removed) return [];
  const id = requestOutboxId(origin.source, request.id);
  return [item(config, deal, origin, id, request.id, 'request', requestWriteBack(request, deal.name), now)];
}

/** Each deliverable whose PM decision changed to confirmed or refused in this save. */
export function deliverableItems(before: Deal | null, after: Deal, configs: Configs, now: Date): OutboxItem[] {
  const origin = originOf(after);
  const config = origin ? configs[origin.source] : undefined;
  if (!origin || !config?.writeBack.enabled || origin.removed) return [];
  const previous = new Map((before?.deliverables ?? []).map((d) => [d.id, deliverableDecision(d)]));
  const at = now.toISOString();
  return after.deliverables.flatMap((d) => {
    const decision = deliverableDecision(d);
    if (!decision || previous.get(d.id) === decision) return [];
    const id = deliverableOutboxId(origin.source, after.id, d.id, decision, at);
    return [item(config, after, origin, id, `${after.id}/${d.id}`, 'deliverable', deliverableWriteBack(d, decision, after.name, at), now)];
  });
}
