import { z } from 'zod';
import { DEFAULT_DELIVERABLES_PROPERTY, DEFAULT_SPECIAL_TERMS_PROPERTY, type CrmSource } from './fields';

/**
 * A CRM connection as the worker keeps it (issue 16). Three records per
 * CRM, all in `storage.local` of this browser, never in sync storage, the
 * IndexedDB backup or a message to a content script:
 * - `config`: what the user chose (properties, write-back, interval);
 * - `credentials`: the token(s), sent only to that CRM's host;
 * - `state`: where the sync stands (cursor, last run, last failure).
 * Disconnect removes all three and the host permission.
 */

export const CRM_SOURCES = ['hubspot', 'salesforce'] as const satisfies readonly CrmSource[];
export const CRM_LABEL: Record<CrmSource, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce' };

export const storageKey = (source: CrmSource, part: 'config' | 'credentials' | 'state') => `crm.${source}.${part}`;

/** A CRM property / field API name (HubSpot internal names, Salesforce `__c` names). */
const propertyName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/, { error: 'must be an API name: letters, digits and _, starting with a letter' });

export const WRITE_BACK_AS = ['note', 'task'] as const;

const common = {
  /** The multi-line properties the special terms and promised deliverables come from. */
  specialTermsProperty: propertyName,
  deliverablesProperty: propertyName,
  writeBack: z.object({
    enabled: z.boolean(),
    /** HubSpot only: a note on the deal or a task for its owner. Salesforce always writes a Task. */
    as: z.enum(WRITE_BACK_AS),
  }),
  /** Minutes between background syncs (15 by default). */
  intervalMinutes: z.int().min(5).max(24 * 60),
  /** Deals closed (won or lost) longer ago than this are not brought in on the first sync. */
  recentlyClosedDays: z.int().min(0).max(3650),
};

export const hubspotConfigSchema = z.object({
  source: z.literal('hubspot'),
  /** HubSpot account (portal) id from account-info: names the account in the status line. */
  portalId: z.string(),
  /** The account's company currency, for deals with none. */
  currency: z.string().nullable(),
  ...common,
});

export const salesforceConfigSchema = z.object({
  source: z.literal('salesforce'),
  /** The org's My Domain origin, e.g. https://acme.my.salesforce.com (the one host permission asked for). */
  myDomain: z.string().url(),
  /** The External Client App's consumer key (public; PKCE, no secret). */
  consumerKey: z.string().trim().min(10).max(256),
  ...common,
});

export const crmConfigSchema = z.discriminatedUnion('source', [hubspotConfigSchema, salesforceConfigSchema]);
export type HubspotConfig = z.infer<typeof hubspotConfigSchema>;
export type SalesforceConfig = z.infer<typeof salesforceConfigSchema>;
export type CrmConfig = z.infer<typeof crmConfigSchema>;

/** What the user may change after connecting (options → CRM). */
export const crmConfigPatchSchema = z
  .object({
    specialTermsProperty: common.specialTermsProperty,
    deliverablesProperty: common.deliverablesProperty,
    writeBack: common.writeBack,
    intervalMinutes: common.intervalMinutes,
    recentlyClosedDays: common.recentlyClosedDays,
  })
  .partial();
export type CrmConfigPatch = z.infer<typeof crmConfigPatchSchema>;

export const DEFAULT_INTERVAL_MINUTES = 15;
export const DEFAULT_RECENTLY_CLOSED_DAYS = 90;

export function defaultCommon(source: CrmSource) {
  return {
    specialTermsProperty: DEFAULT_SPECIAL_TERMS_PROPERTY[source],
    deliverablesProperty: DEFAULT_DELIVERABLES_PROPERTY[source],
    writeBack: { enabled: false, as: 'note' as const },
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    recentlyClosedDays: DEFAULT_RECENTLY_CLOSED_DAYS,
  };
}

export const hubspotCredentialsSchema = z.object({ source: z.literal('hubspot'), token: z.string().min(1) });
export const salesforceCredentialsSchema = z.object({
  source: z.literal('salesforce'),
  accessToken: z.string().min(1),
  /** Rotated: each refresh may return a new one, which replaces this before the access token is used. */
  refreshToken: z.string().min(1),
  /** Where the org's API lives (the token response's `instance_url`). */
  instanceUrl: z.string().url(),
});
export const crmCredentialsSchema = z.discriminatedUnion('source', [hubspotCredentialsSchema, salesforceCredentialsSchema]);
export type CrmCredentials = z.infer<typeof crmCredentialsSchema>;

export const CRM_STATES = ['not-connected', 'syncing', 'synced', 'reconnect', 'rate-limited', 'error'] as const;
export type CrmState = (typeof CRM_STATES)[number];

/** The last failure, in the words the status line shows. */
export const crmFailureSchema = z.object({
  kind: z.enum(['reconnect', 'rate-limited', 'error']),
  reason: z.string(),
  at: z.string(),
});

/** Where the sync stands; written after each page is stored, so a stopped worker resumes from `cursor`. */
export const crmSyncStateSchema = z.object({
  /** 'first' until the first full pass completed, then 'incremental'. */
  phase: z.enum(['first', 'incremental']),
  /** Resume point of an unfinished pass (HubSpot `after`, Salesforce `nextRecordsUrl`). */
  cursor: z.string().nullable(),
  /** Incremental passes ask for changes since this instant (ms). */
  sinceMs: z.number().nullable(),
  /** When a pass is running (ISO); a worker that finds one older than its own start resumes it. */
  runningSince: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  /** Deals from this CRM in Handoff after the last pass. */
  dealCount: z.int().min(0),
  /** When removed deals were last looked for (archived / deleted are checked once a day). */
  removedCheckedAt: z.string().nullable(),
  failure: crmFailureSchema.nullable(),
  /**
   * Deals seen by recent incremental passes (remote id → modification ms),
   * inside the look-back window only: the window re-reads them, and a deal
   * already stored at that version costs no further request.
   */
  recent: z.record(z.string(), z.number()).default({}),
  /** Records the last pass could not map, with why (the first few), and how many in all. */
  skipped: z.array(z.string()).max(20).default([]),
  skippedCount: z.int().min(0).default(0),
  /** What the user should fix in the CRM, found at connect (e.g. a property that does not exist there). */
  notes: z.array(z.string()).max(10).default([]),
});
export type CrmSyncState = z.infer<typeof crmSyncStateSchema>;

export const INITIAL_SYNC_STATE: CrmSyncState = {
  phase: 'first',
  cursor: null,
  sinceMs: null,
  runningSince: null,
  lastSyncAt: null,
  dealCount: 0,
  removedCheckedAt: null,
  failure: null,
  recent: {},
  skipped: [],
  skippedCount: 0,
  notes: [],
};

/** What the options page shows for one CRM: never a credential. */
export const crmStatusSchema = z.object({
  source: z.enum(CRM_SOURCES),
  state: z.enum(CRM_STATES),
  /** The state in words, for `[data-handoff="crm-status"]`. */
  words: z.string(),
  config: crmConfigSchema.nullable(),
  lastSyncAt: z.string().nullable(),
  dealCount: z.int().min(0),
  outbox: z.object({ pending: z.int().min(0), failed: z.int().min(0) }),
});
export type CrmStatus = z.infer<typeof crmStatusSchema>;

/** Connect: HubSpot takes a pasted private-app / service-key token; Salesforce runs OAuth (PKCE) in the worker. */
export const crmConnectSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('hubspot'), token: z.string().trim().min(1).max(500) }),
  z.object({ source: z.literal('salesforce'), myDomain: z.string().trim().max(300), consumerKey: z.string().trim().max(256) }),
]);
export type CrmConnect = z.infer<typeof crmConnectSchema>;
