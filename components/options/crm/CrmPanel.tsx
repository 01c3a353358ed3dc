import { CRM_LABEL, type CrmStatus } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { CrmConnected } from './CrmConnected';
import { CrmSettingsForm } from './CrmSettingsForm';
import { CrmStatusLine } from './CrmStatusLine';
import { HubspotConnect } from './HubspotConnect';
import { SalesforceConnect } from './SalesforceConnect';

export interface CrmPanelProps {
  source: CrmSource;
  /** From `crm.status`, or the answer of the last action here; undefined while loading. */
  status: CrmStatus | undefined;
  loadError: unknown;
  onStatus: (status: CrmStatus) => void;
}

/** One CRM: its status in words, then how to connect it, or what it is connected to and its settings. */
export function CrmPanel({ source, status, loadError, onStatus }: CrmPanelProps) {
  const config = status?.config ?? null;
  const reconnect = status?.state === 'reconnect';
  return (
    <div class="panel crm-panel" data-handoff-options="crm-panel" data-crm={source}>
      <h2>{CRM_LABEL[source]}</h2>
      <CrmStatusLine source={source} status={status} loadError={loadError} />
      {status && config ? <CrmConnected status={status} config={config} onStatus={onStatus} /> : null}
      {(status || loadError) && (!config || reconnect) ? (
        source === 'salesforce' ? (
          <SalesforceConnect connected={config?.source === 'salesforce' ? config : null} onStatus={onStatus} />
        ) : (
          <HubspotConnect reconnect={!!config} onStatus={onStatus} />
        )
      ) : null}
      {config ? <CrmSettingsForm config={config} onStatus={onStatus} /> : null}
    </div>
  );
}
