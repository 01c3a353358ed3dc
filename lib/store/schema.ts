import type { DBSchema } from 'idb';
import type { Deal, Person, SalesRequest, Settings } from '@/lib/model';

/** Index keys derived from a deal's links, normalised for lookup. */
export interface DealKeys {
  domain: string[];
  gmailThread: string[];
  jiraProject: string[];
  jiraIssue: string[];
  asana: string[];
}

export interface StoredDeal {
  id: string;
  deal: Deal;
  k: DealKeys;
}

export interface StoredPerson {
  /** Lower-cased e-mail: addresses compare case-insensitively. */
  key: string;
  person: Person;
}

export interface StoredRequest {
  id: string;
  request: SalesRequest;
  k: { loggedAt: string; dealId: string; sender: string; status: string };
}

/**
 * Schema version 2. Records are wrapped (`{id, deal, k}`) so that the stored
 * model object stays exactly what was imported (export gives it back as is)
 * while `k` holds the normalised index keys.
 */
export interface HandoffDB extends DBSchema {
  deals: {
    key: string;
    value: StoredDeal;
    indexes: {
      'by-domain': string;
      'by-gmail-thread': string;
      'by-jira-project': string;
      'by-jira-issue': string;
      'by-asana': string;
    };
  };
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
}

export const DB_NAME = 'handoff';
export const DB_VERSION = 2;
