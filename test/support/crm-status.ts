import { defaultCommon, INITIAL_SYNC_STATE, type CrmConfig, type CrmStatus, type CrmSyncState } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { crmStatus } from '@/lib/crm/status-words';

/**
 * CRM connection states for options-page tests, with the worker's own words
 * (lib/crm/status-words.ts), as `crm.status` would answer.
 */
export const CRM_NOW = new Date('2026-11-21T12:00:00.000Z');

export const hubspotConfig = (patch: Partial<CrmConfig> = {}): CrmConfig =>
  ({ source: 'hubspot', portalId: '4471', currency: 'EUR', ...defaultCommon('hubspot'), ...patch }) as CrmConfig;

export const salesforceConfig = (patch: Partial<CrmConfig> = {}): CrmConfig =>
  ({
    source: 'salesforce',
    myDomain: 'https://acme.my.salesforce.com',
    consumerKey: '3MVG9abcdefghijklmnop',
    ...defaultCommon('salesforce'),
    ...patch,
  }) as CrmConfig;

export function statusOf(
  source: CrmSource,
  config: CrmConfig | null,
  state: Partial<CrmSyncState> | null = null,
  outbox = { pending: 0, failed: 0 },
): CrmStatus {
  return crmStatus({ source, config, state: state ? { ...INITIAL_SYNC_STATE, ...state } : null, running: false, outbox, now: CRM_NOW });
}

export const notConnected = (): CrmStatus[] => [statusOf('hubspot', null), statusOf('salesforce', null)];
