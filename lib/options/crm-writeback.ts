import { CRM_LABEL, type CrmConfig } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import type { OutboxItem, OutboxStatus } from '@/lib/crm/outbox';
import { deliverableWriteBack, requestWriteBack, type WriteBackText } from '@/lib/crm/writeback-text';
import type { Deliverable, SalesRequest } from '@/lib/model';

/**
 * Write-back as the PM sees it (issue 16, item 4): where a note or task
 * goes, a preview of the exact texts (lib/crm/writeback-text.ts, the same
 * functions the worker writes with), and the state of each outbox item on
 * the request or deliverable it records. Pure.
 */

/** Where the write goes, in words. */
export function writeBackDestination(source: CrmSource, as: CrmConfig['writeBack']['as']): string {
  if (source === 'salesforce') return 'a Salesforce Task on the opportunity (WhatId)';
  return as === 'task' ? 'a task for the deal owner, on the HubSpot deal' : 'a note on the HubSpot deal';
}

export interface WriteBackPreview {
  what: string;
  text: WriteBackText;
}

/** A logged request and a deliverable like the PM's own, for the preview. */
export function sampleRecords(now: Date): { dealName: string; request: SalesRequest; deliverable: Deliverable } {
  return {
    dealName: 'Acme data platform rollout',
    request: {
      id: 'sample-request',
      loggedAt: now.toISOString(),
      from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      dealId: 'sample-deal',
      label: 'pre-contract-work',
      summary: 'Asked me to finish the SOW before signature',
      source: { kind: 'gmail', url: null },
      status: 'redirected',
      note: 'Sent the redirect reply; Sales owns the SOW until signature.',
    },
    deliverable: {
      id: 'sample-deliverable',
      name: 'Pilot dashboard',
      promisedOn: '2026-12-10',
      promisedBy: 'dana.ruiz@northwind.io',
      pmConfirmed: false,
    },
  };
}

/** The preview's texts: made by the same functions the worker writes with. */
export function samplePreviews(now: Date): WriteBackPreview[] {
  const { dealName, request, deliverable } = sampleRecords(now);
  const at = now.toISOString();
  return [
    { what: 'A logged request', text: requestWriteBack(request, dealName) },
    { what: 'A confirmed deliverable', text: deliverableWriteBack(deliverable, 'confirmed', dealName, at) },
    { what: 'A refused deliverable', text: deliverableWriteBack(deliverable, 'refused', dealName, at) },
  ];
}

export interface WriteBackShown {
  source: CrmSource;
  state: OutboxStatus;
  words: string;
  /** Failed items have a Retry button. */
  canRetry: boolean;
}

function clock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "Written to HubSpot", "Waiting to write to HubSpot", "Write failed: <why>". */
export function writeBackWords(item: OutboxItem, now: Date): WriteBackShown {
  const crm = CRM_LABEL[item.source];
  const base = { source: item.source, state: item.status };
  if (item.status === 'sent') return { ...base, words: `Written to ${crm}`, canRetry: false };
  if (item.status === 'failed') return { ...base, words: `Write failed: ${item.lastError ?? 'no reason given'}`, canRetry: true };
  const later = item.notBefore && Date.parse(item.notBefore) > now.getTime() ? ` (next try at ${clock(item.notBefore)})` : '';
  const lastTry = item.lastError ? `; last try: ${item.lastError}` : '';
  return { ...base, words: `Waiting to write to ${crm}${later}${lastTry}`, canRetry: false };
}

/**
 * Per refId, the newest item of each CRM: a deliverable confirmed, refused
 * and confirmed again has three items, and the newest is its state now.
 */
export function latestByRef(items: readonly OutboxItem[]): Map<string, OutboxItem[]> {
  const newest = new Map<string, OutboxItem>();
  for (const item of items) {
    const key = `${item.refId}\u0000${item.source}`;
    const seen = newest.get(key);
    if (!seen || item.createdAt > seen.createdAt) newest.set(key, item);
  }
  const out = new Map<string, OutboxItem[]>();
  for (const item of newest.values()) out.set(item.refId, [...(out.get(item.refId) ?? []), item]);
  for (const list of out.values()) list.sort((a, b) => a.source.localeCompare(b.source));
  return out;
}

/** The refId of a deliverable's decisions (lib/crm/outbox.ts). */
export const deliverableRefId = (dealId: string, deliverableId: string) => `${dealId}/${deliverableId}`;
