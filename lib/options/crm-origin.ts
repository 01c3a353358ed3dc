import { CRM_LABEL, CRM_SOURCES } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';

/**
 * Where a synced deal and its items came from, read from the loose fields
 * the sync keeps (lib/model/BACKUP-FORMAT.md): the deal's `crm`
 * (lib/crm/mapping.ts), with `removed` once the CRM archived or deleted it,
 * and an item's `fromCrm` / `unparsed` (lib/crm/terms.ts). Pure; read
 * defensively, since a backup may carry anything there.
 */
export interface DealCrmOrigin {
  source: CrmSource;
  remoteId: string;
  removed: 'archived' | 'deleted' | null;
  /** When the sync found it removed (ISO), if it said. */
  removedAt: string | null;
}

export function dealCrmOrigin(deal: object): DealCrmOrigin | null {
  const crm = (deal as { crm?: unknown }).crm;
  if (!crm || typeof crm !== 'object') return null;
  const { source, remoteId, removed, removedAt } = crm as Record<string, unknown>;
  if (!(CRM_SOURCES as readonly unknown[]).includes(source) || typeof remoteId !== 'string') return null;
  return {
    source: source as CrmSource,
    remoteId,
    removed: removed === 'archived' || removed === 'deleted' ? removed : null,
    removedAt: typeof removedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(removedAt) ? removedAt : null,
  };
}

/** "From HubSpot, deal 123" / "From Salesforce, opportunity 006…". */
export function originWords(origin: DealCrmOrigin): string {
  const record = origin.source === 'hubspot' ? 'deal' : 'opportunity';
  return `From ${CRM_LABEL[origin.source]}, ${record} ${origin.remoteId}`;
}

/** "Archived in HubSpot" / "Deleted in Salesforce" (with the day the sync found it), or null while it is there. */
export function removedWords(origin: DealCrmOrigin): string | null {
  if (!origin.removed) return null;
  const verb = origin.removed === 'archived' ? 'Archived' : 'Deleted';
  const day = origin.removedAt ? ` (found on ${origin.removedAt.slice(0, 10)})` : '';
  return `${verb} in ${CRM_LABEL[origin.source]}${day}: no longer synced. Your notes and links here are kept.`;
}

/**
 * What a special term or deliverable row says about where it came from:
 * null for the PM's own; the CRM's line that did not parse, and why.
 */
export function itemOriginWords(item: object | null, source: CrmSource | null): string | null {
  if (!item || (item as { fromCrm?: unknown }).fromCrm !== true) return null;
  const crm = source ? CRM_LABEL[source] : 'the CRM';
  const unparsed = (item as { unparsed?: unknown }).unparsed;
  const replaced = `From ${crm}: replaced on each sync, so change it there.`;
  return typeof unparsed === 'string' && unparsed ? `${replaced} This line could not be read: ${unparsed}.` : replaced;
}
