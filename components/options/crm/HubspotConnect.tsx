import { useState } from 'preact/hooks';
import type { CrmStatus } from '@/lib/crm/account';
import { send } from '@/lib/messaging/client';
import { connectPermissions, HUBSPOT_API_ORIGIN, HUBSPOT_READ_SCOPES, HUBSPOT_WRITE_SCOPES } from '@/lib/options/crm-connect';
import { ErrorBanner } from '../ErrorBanner';
import { connectWithPermission } from './browser-permissions';
import { CrmInput } from './CrmInput';

export interface HubspotConnectProps {
  /** Connected, but HubSpot refused the token: a new one replaces it, and the permission stays. */
  reconnect: boolean;
  onStatus: (status: CrmStatus) => void;
}

/**
 * HubSpot connects with a token the user creates in HubSpot and pastes
 * here: how to make one, in four steps, with the exact scopes. Connect
 * asks for api.hubapi.com in the click, then the worker checks the token.
 */
export function HubspotConnect({ reconnect, onStatus }: HubspotConnectProps) {
  const [token, setToken] = useState('');
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const connect = () => {
    setFailure(null);
    const value = token.trim();
    if (!value) {
      setFieldErrors(['must not be empty: paste the token from HubSpot']);
      return;
    }
    setBusy(true);
    const permission = connectPermissions('hubspot', HUBSPOT_API_ORIGIN, false);
    const refused = 'Access to api.hubapi.com was not allowed, so Handoff cannot reach HubSpot. Press Connect again and choose “Allow”.';
    connectWithPermission(permission, refused, reconnect, () => send('crm.connect', { source: 'hubspot', token: value }))
      .then((status) => {
        onStatus(status);
        setToken('');
      })
      .catch((e: unknown) => setFailure(e))
      .finally(() => setBusy(false));
  };

  return (
    <form
      class="crm-connect"
      noValidate
      data-handoff-options="crm-connect-form"
      data-crm="hubspot"
      onSubmit={(e) => {
        e.preventDefault();
        connect();
      }}
    >
      <h3>{reconnect ? 'Reconnect with a new token' : 'Connect HubSpot'}</h3>
      <p class="small">How to create the token (a HubSpot super admin, or a user with developer tools access, can do it):</p>
      <ol class="crm-steps" data-handoff-options="crm-hubspot-steps">
        <li>
          In HubSpot, open <strong>Development → Keys → Service keys</strong> and choose <strong>Create service key</strong>. An existing private app
          works too (<strong>Settings → Integrations → Private Apps</strong>, now under Development → Legacy apps); HubSpot no longer lets you create
          new ones.
        </li>
        <li>
          Name it <strong>Handoff</strong>, so you can find it and revoke it later.
        </li>
        <li>Add the scopes below: the read scopes always, the write scope only if you will turn write-back on.</li>
        <li>Create it, then show the token, copy it and paste it here.</li>
      </ol>
      <div class="crm-scopes" data-handoff-options="crm-hubspot-scopes">
        <p class="small">Read scopes:</p>
        <ul>
          {HUBSPOT_READ_SCOPES.map((s) => (
            <li key={s.scope}>
              <code>{s.scope}</code> <span class="muted">({s.why})</span>
            </li>
          ))}
        </ul>
        <p class="small">Write scope, only needed when write-back is on:</p>
        <ul>
          {HUBSPOT_WRITE_SCOPES.map((s) => (
            <li key={s.scope}>
              <code>{s.scope}</code> <span class="muted">({s.why})</span>
            </li>
          ))}
        </ul>
      </div>
      <CrmInput
        label="Access token"
        field="token"
        hook="crm-hubspot-token"
        source="hubspot"
        type="password"
        value={token}
        placeholder="pat-…"
        hint="Kept in this browser only (never in backups or sync), and sent only to api.hubapi.com."
        errors={fieldErrors}
        onValue={(v) => {
          setToken(v);
          setFieldErrors([]);
          setFailure(null);
        }}
      />
      <div class="actions">
        <button type="submit" class="btn btn--primary" disabled={busy} data-handoff="crm-connect" data-crm="hubspot">
          {busy ? 'Connecting…' : reconnect ? 'Reconnect' : 'Connect'}
        </button>
      </div>
      {failure ? (
        <div data-handoff="crm-connect-error" data-crm="hubspot">
          <ErrorBanner error={failure} title="HubSpot not connected" onDismiss={() => setFailure(null)} />
        </div>
      ) : null}
    </form>
  );
}
