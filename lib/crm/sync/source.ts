import type { Mapped, MappingOptions } from '../mapping';
import type { OutboxItem } from '../outbox';

/**
 * What the worker's sync needs from one CRM (issue 16). HubSpot
 * (lib/crm/hubspot/source.ts) and Salesforce (lib/crm/salesforce/source.ts)
 * each implement it over their own API; the worker (lib/background/crm/)
 * stores pages, keeps the cursor, writes the outbox and says the state.
 */

export interface SyncPage {
  /** Each record mapped (lib/crm/mapping.ts), or why it could not be. */
  mapped: Mapped[];
  /** Where to resume after this page is stored; null after the last page of a pass. */
  cursor: string | null;
  /** Incremental passes: the highest modification time seen so far (ms), the next pass's `sinceMs`. */
  maxModifiedMs?: number;
  /** API requests this page cost (for the status line and the bench). */
  requests: number;
  /** Incremental passes: remote id → modification ms of each deal on the page (the next pass's `seen`). */
  seen?: Array<[string, number]>;
}

export interface RemovedDeals {
  /** Remote ids of deals archived (HubSpot) or deleted (Salesforce) since the last check. */
  remoteIds: string[];
  /** How the CRM calls it, for the deal's mark and the sidebar ("archived in HubSpot"). */
  how: 'archived' | 'deleted';
}

export interface CrmSyncSource {
  /** Every open deal and those closed in the last `recentlyClosedDays`, from `cursor` (null: from the start). */
  firstPass(mapping: MappingOptions, cursor: string | null, recentlyClosedDays: number): AsyncGenerator<SyncPage>;
  /**
   * Deals changed since `sinceMs` (the source applies its own look-back, as
   * both CRMs' change indexes lag). A deal in `seen` at the same
   * modification time was stored already: skip it without further requests,
   * so a pass with no change costs one request per object type.
   */
  incrementalPass(mapping: MappingOptions, sinceMs: number, seen: ReadonlyMap<string, number>): AsyncGenerator<SyncPage>;
  /** Deals removed in the CRM since `sinceMs` (null: any still listed as removed). */
  removedSince(sinceMs: number | null): Promise<RemovedDeals>;
  /** Writes one outbox item (a note or task on the deal); resolves with the created record's id. */
  write(item: OutboxItem): Promise<{ remoteId: string }>;
}
