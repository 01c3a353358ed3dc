import type { DBSchema } from 'idb';
import type { Person, RequestLabel, SalesRequest, Settings } from '@/lib/model';
import type { OutboxItem } from '@/lib/crm/outbox';

/** Index keys derived from a deal's links, normalised for lookup. */
export interface DealKeys {
  domain: string[];
  gmailThread: string[];
  /** `site KEY` (keys.ts jiraIndexKey): a key counts only on its own site. */
  jiraProject: string[];
  jiraIssue: string[];
  /** Bare keys of links with no site yet (read from version 1 data). */
  jiraUnbound: string[];
  asana: string[];
}

/**
 * Deals are stored in buckets (a fixed number, by a hash of the id), not
 * one record each. Chromium's IndexedDB costs about 0.12-0.2 ms a request
 * on our 2-core machines whatever the record's size, so 10,000 one-deal
 * puts took 2-3 s; 256 bucket puts take a fraction of that (measured with
 * `npm run bench`). A bucket's `k` is the union of its deals' link keys:
 * an index hit names the buckets to read, whose deals are then filtered.
 */
export interface DealBucket {
  b: number;
  /**
   * Its deals as JSON text (keys.ts `dealsOf`): IndexedDB copies a string
   * in one go, where it walks 10,000 deal objects field by field (~200 ms
   * of an import, measured); reading back costs the same either way.
   */
  d: string;
  k: DealKeys;
  /** Its deals' rows for the options page's list (deal-rows.ts `rowKey`), indexed `by-row`. */
  r: string[];
}

/**
 * How many deals a bucket holds, written with it (keys.ts `writeBucket`):
 * the list's counts are the sum of 256 of these. Counting an index's
 * entries costs IndexedDB a read per entry (0.5-0.9 s for 10,000, measured).
 */
export interface DealStats {
  b: number;
  total: number;
  unsigned: number;
}

export const DEAL_BUCKETS = 256;

export interface StoredPerson {
  /** Lower-cased e-mail: addresses compare case-insensitively. */
  key: string;
  person: Person;
}

/** What the PM did with a flagged message (Gmail), per message. */
export interface FlagRecord {
  messageId: string;
  threadId: string | null;
  label: RequestLabel;
  status: 'flagged' | 'logged' | 'dismissed';
  /** When the status last changed (ISO instant). */
  at: string;
  requestId: string | null;
}

export interface StoredRequest {
  id: string;
  request: SalesRequest;
  k: { loggedAt: string; dealId: string; sender: string; status: string };
}

/**
 * Schema version 5 (4 plus the deals list's row index and per-bucket counts, issue 18; 4 added the CRM outbox; 3 Jira links with their site). Records are wrapped (`{b, deals, k}`, `{key, person}`,
 * `{id, request, k}`) so that the stored model objects stay exactly what was
 * imported (export gives them back as they are) while `k` holds the
 * normalised index keys.
 */
export interface HandoffDB extends DBSchema {
  deals: {
    key: number;
    value: DealBucket;
    indexes: {
      'by-domain': string;
      'by-gmail-thread': string;
      'by-jira-project': string;
      'by-jira-issue': string;
      'by-jira-unbound': string;
      'by-asana': string;
      'by-row': string;
    };
  };
  dealStats: { key: number; value: DealStats };
  people: { key: string; value: StoredPerson };
  requests: {
    key: string;
    value: StoredRequest;
    indexes: {
      'by-logged-at': string;
      'by-deal': string;
      'by-sender': string;
      'by-status': string;
    };
  };
  settings: { key: 'settings'; value: Settings };
  flags: {
    key: string;
    value: FlagRecord;
    indexes: { 'by-thread': string; 'by-status': string };
  };
  /** CRM write-back (issue 16, lib/crm/outbox.ts); not in the backup: it is this browser's queue. */
  outbox: {
    key: string;
    value: OutboxItem;
    indexes: { 'by-status': string; 'by-ref': string };
  };
}

export const DB_NAME = 'handoff';
export const DB_VERSION = 5;
