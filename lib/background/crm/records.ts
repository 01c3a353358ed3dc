import {
  crmConfigSchema,
  crmCredentialsSchema,
  crmSyncStateSchema,
  INITIAL_SYNC_STATE,
  storageKey,
  type CrmConfig,
  type CrmCredentials,
  type CrmSyncState,
} from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';

/**
 * A CRM's three records in `storage.local` (lib/crm/account.ts says why
 * there and what each holds). Read back through zod: a record a newer or
 * older version wrote that no longer parses reads as absent (config,
 * credentials: "not connected", connect again) or as a fresh state.
 */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface CrmRecords {
  config: CrmConfig | null;
  credentials: CrmCredentials | null;
  state: CrmSyncState;
}

export async function readRecords(area: KeyValueArea, source: CrmSource): Promise<CrmRecords> {
  const keys = [storageKey(source, 'config'), storageKey(source, 'credentials'), storageKey(source, 'state')] as const;
  const got = await area.get([...keys]);
  const config = crmConfigSchema.safeParse(got[keys[0]]);
  const credentials = crmCredentialsSchema.safeParse(got[keys[1]]);
  const state = crmSyncStateSchema.safeParse(got[keys[2]]);
  return {
    config: config.success && config.data.source === source ? config.data : null,
    credentials: credentials.success && credentials.data.source === source ? credentials.data : null,
    state: state.success ? state.data : INITIAL_SYNC_STATE,
  };
}

export async function writeState(area: KeyValueArea, source: CrmSource, state: CrmSyncState): Promise<void> {
  await area.set({ [storageKey(source, 'state')]: crmSyncStateSchema.parse(state) });
}

export async function writeConfig(area: KeyValueArea, config: CrmConfig): Promise<void> {
  await area.set({ [storageKey(config.source, 'config')]: crmConfigSchema.parse(config) });
}

/** Rotated Salesforce tokens are written here before they are used (lib/crm/salesforce/auth.ts). */
export async function writeCredentials(area: KeyValueArea, credentials: CrmCredentials): Promise<void> {
  await area.set({ [storageKey(credentials.source, 'credentials')]: crmCredentialsSchema.parse(credentials) });
}

/** Connect: config, credentials and a fresh state in one write (one `storage.local.set` is atomic). */
export async function writeConnection(area: KeyValueArea, config: CrmConfig, credentials: CrmCredentials): Promise<void> {
  await area.set({
    [storageKey(config.source, 'config')]: crmConfigSchema.parse(config),
    [storageKey(config.source, 'credentials')]: crmCredentialsSchema.parse(credentials),
    [storageKey(config.source, 'state')]: INITIAL_SYNC_STATE,
  });
}

export async function forget(area: KeyValueArea, source: CrmSource): Promise<void> {
  await area.remove([storageKey(source, 'config'), storageKey(source, 'credentials'), storageKey(source, 'state')]);
}
