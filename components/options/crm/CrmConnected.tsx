import { useState } from 'preact/hooks';
import { CRM_LABEL, type CrmConfig, type CrmStatus } from '@/lib/crm/account';
import { send } from '@/lib/messaging/client';
import { disconnectPermissions } from '@/lib/options/crm-connect';
import { ErrorBanner } from '../ErrorBanner';
import { identityIsOptional, removePermissions } from './browser-permissions';

function account(config: CrmConfig): string {
  return config.source === 'hubspot' ? `HubSpot account ${config.portalId}` : `Salesforce org at ${new URL(config.myDomain).host}`;
}

const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`;

/**
 * A connected CRM: which account, when it last synced, how many deals,
 * writes waiting or failed; "Sync now" and "Disconnect" (which forgets the
 * credentials in the worker, then gives the host permission back).
 */
export function CrmConnected({ status, config, onStatus }: { status: CrmStatus; config: CrmConfig; onStatus: (status: CrmStatus) => void }) {
  const [busy, setBusy] = useState<'sync' | 'disconnect' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ what: 'sync' | 'disconnect'; error: unknown } | null>(null);
  const source = status.source;
  const label = CRM_LABEL[source];

  const run = async (what: 'sync' | 'disconnect') => {
    setBusy(what);
    setFailure(null);
    try {
      if (what === 'sync') {
        onStatus(await send('crm.sync', { source }));
      } else {
        const next = await send('crm.disconnect', { source });
        await removePermissions(disconnectPermissions(config, identityIsOptional()));
        setConfirming(false);
        onStatus(next);
      }
    } catch (error) {
      setFailure({ what, error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="crm-connected">
      <dl class="crm-summary" data-handoff="crm-summary" data-crm={source}>
        <dt>Account</dt>
        <dd data-field="account">{account(config)}</dd>
        <dt>Last sync</dt>
        <dd data-field="last-sync">{status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString() : 'Not yet'}</dd>
        <dt>Deals</dt>
        <dd data-field="deals">{plural(status.dealCount, 'deal')}</dd>
        <dt>Writes</dt>
        <dd data-field="writes">
          {config.writeBack.enabled ? `${status.outbox.pending} waiting, ${status.outbox.failed} failed` : 'Write-back is off'}
        </dd>
      </dl>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={!!busy || status.state === 'syncing'}
          onClick={() => void run('sync')}
          data-handoff="crm-sync-now"
          data-crm={source}
        >
          {status.state === 'syncing' ? 'Syncing…' : busy === 'sync' ? 'Starting…' : 'Sync now'}
        </button>
        <span class="spacer" />
        {confirming ? (
          <span class="confirm" role="group" aria-label={`Confirm disconnecting ${label}`}>
            Disconnect {label}? Its deals stay in Handoff, no longer synced; the credentials are forgotten.{' '}
            <button
              type="button"
              class="btn btn--danger"
              disabled={!!busy}
              onClick={() => void run('disconnect')}
              data-handoff="crm-disconnect-confirm"
              data-crm={source}
            >
              {busy === 'disconnect' ? 'Disconnecting…' : 'Yes, disconnect'}
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" class="btn btn--danger-outline" onClick={() => setConfirming(true)} data-handoff="crm-disconnect" data-crm={source}>
            Disconnect
          </button>
        )}
      </div>
      <ErrorBanner
        error={failure?.error}
        title={failure?.what === 'disconnect' ? `${label} not disconnected` : 'Sync not started'}
        onDismiss={() => setFailure(null)}
      />
    </div>
  );
}
