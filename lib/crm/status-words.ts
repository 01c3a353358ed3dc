import { CRM_LABEL, type CrmConfig, type CrmState, type CrmStatus, type CrmSyncState } from './account';
import type { CrmSource } from './fields';

/**
 * `[data-handoff="crm-status"]` says the state in words (issue 16, item 5):
 * what is connected, when it last synced, what is wrong and what to do. Pure.
 */
export interface StatusInput {
  source: CrmSource;
  config: CrmConfig | null;
  state: CrmSyncState | null;
  running: boolean;
  outbox: { pending: number; failed: number };
  now: Date;
}

function account(config: CrmConfig): string {
  return config.source === 'hubspot' ? `HubSpot account ${config.portalId}` : `Salesforce ${new URL(config.myDomain).host}`;
}

function ago(iso: string, now: Date): string {
  const minutes = Math.round((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `on ${iso.slice(0, 10)}`;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

export function crmStatus(input: StatusInput): CrmStatus {
  const { source, config, state, running, outbox, now } = input;
  const base = { source, config, lastSyncAt: state?.lastSyncAt ?? null, dealCount: state?.dealCount ?? 0, outbox };
  if (!config) return { ...base, state: 'not-connected', words: `${CRM_LABEL[source]} is not connected.` };
  const who = account(config);
  const failure = state?.failure ?? null;
  const stateName: CrmState = running ? 'syncing' : failure ? failure.kind === 'error' ? 'error' : failure.kind : 'synced';
  const last = state?.lastSyncAt ? `last synced ${ago(state.lastSyncAt, now)}, ${plural(state.dealCount, 'deal')}` : 'not synced yet';
  const parts: string[] = [];
  if (stateName === 'syncing') parts.push(`Syncing ${who}${state?.phase === 'first' ? ' for the first time' : ''}…`, last);
  else if (stateName === 'reconnect') parts.push(`${who}: reconnect needed (${failure!.reason}).`, last);
  else if (stateName === 'rate-limited') parts.push(`${who}: the CRM asked us to slow down; the sync resumes by itself (${failure!.reason}).`, last);
  else if (stateName === 'error') parts.push(`${who}: the last sync failed (${failure!.reason}); it is retried at the next sync.`, last);
  else parts.push(`Connected to ${who}`, last);
  if (state?.skippedCount) parts.push(`${plural(state.skippedCount, 'deal')} could not be read (${state.skipped[0]})`);
  for (const note of state?.notes ?? []) parts.push(note);
  if (outbox.failed) parts.push(`${plural(outbox.failed, 'write')} to the CRM failed: retry from the request log`);
  else if (outbox.pending) parts.push(`${plural(outbox.pending, 'write')} waiting to go to the CRM`);
  return { ...base, state: stateName, words: parts.join('; ').replace(/[.;]?$/, '.').replace(/…;/, '…') };
}
