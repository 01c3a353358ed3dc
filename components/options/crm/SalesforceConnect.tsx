import { useMemo, useState } from 'preact/hooks';
import type { CrmStatus, SalesforceConfig } from '@/lib/crm/account';
import { send } from '@/lib/messaging/client';
import { normalizeMyDomain } from '@/lib/crm/salesforce/my-domain';
import { connectPermissions, consumerKeyProblem } from '@/lib/options/crm-connect';
import { ErrorBanner } from '../ErrorBanner';
import { connectWithPermission, identityIsOptional, salesforceCallbackUrl } from './browser-permissions';
import { CrmInput } from './CrmInput';
import { SalesforceAdminSetup } from './SalesforceAdminSetup';

export interface SalesforceConnectProps {
  /** Connected but refused (a revoked refresh token, say): sign in again to the same org. */
  connected: SalesforceConfig | null;
  onStatus: (status: CrmStatus) => void;
}

type Problems = { myDomain?: string[]; consumerKey?: string[] };

/**
 * Salesforce connects through OAuth in the worker (web-server flow with
 * PKCE, `identity.launchWebAuthFlow`). The user gives the org's My Domain
 * and the consumer key; Connect asks, in the click, for that one origin
 * (and `identity`), then sends `crm.connect`, which opens Salesforce's
 * sign-in.
 */
export function SalesforceConnect({ connected, onStatus }: SalesforceConnectProps) {
  const [myDomain, setMyDomain] = useState(connected?.myDomain ?? '');
  const [consumerKey, setConsumerKey] = useState(connected?.consumerKey ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const callbackUrl = useMemo(salesforceCallbackUrl, []);

  const connect = () => {
    setFailure(null);
    const domain = normalizeMyDomain(myDomain);
    const keyProblem = consumerKeyProblem(consumerKey);
    const found: Problems = {};
    if (!domain.ok) found.myDomain = [domain.reason];
    if (keyProblem) found.consumerKey = [keyProblem];
    setProblems(found);
    if (!domain.ok || keyProblem) return;
    setBusy(true);
    const permission = connectPermissions('salesforce', domain.origin, identityIsOptional());
    const host = new URL(domain.origin).host;
    const refused = `Access to ${host} was not allowed, so Handoff cannot sign in to Salesforce. Press Connect again and choose “Allow”.`;
    connectWithPermission(permission, refused, Boolean(connected), () =>
      send('crm.connect', { source: 'salesforce', myDomain: domain.origin, consumerKey: consumerKey.trim() }),
    )
      .then(onStatus)
      .catch((e: unknown) => setFailure(e))
      .finally(() => setBusy(false));
  };

  return (
    <form
      class="crm-connect"
      noValidate
      data-handoff-options="crm-connect-form"
      data-crm="salesforce"
      onSubmit={(e) => {
        e.preventDefault();
        connect();
      }}
    >
      <h3>{connected ? 'Sign in to Salesforce again' : 'Connect Salesforce'}</h3>
      <SalesforceAdminSetup callbackUrl={callbackUrl} />
      <div class="grid grid--2">
        <CrmInput
          label="My Domain URL"
          field="myDomain"
          hook="crm-salesforce-domain"
          source="salesforce"
          type="text"
          inputMode="url"
          value={myDomain}
          placeholder="https://acme.my.salesforce.com"
          hint="Setup → My Domain. Handoff asks the browser for access to this one address."
          errors={problems.myDomain}
          onValue={(v) => {
            setMyDomain(v);
            setProblems((p) => ({ ...p, myDomain: undefined }));
          }}
        />
        <CrmInput
          label="Consumer key"
          field="consumerKey"
          hook="crm-salesforce-client-id"
          source="salesforce"
          type="text"
          value={consumerKey}
          hint="From the External Client App: OAuth Settings → Consumer Key. Not a secret."
          errors={problems.consumerKey}
          onValue={(v) => {
            setConsumerKey(v);
            setProblems((p) => ({ ...p, consumerKey: undefined }));
          }}
        />
      </div>
      <div class="actions">
        <button type="submit" class="btn btn--primary" disabled={busy} data-handoff="crm-connect" data-crm="salesforce">
          {busy ? 'Signing in…' : connected ? 'Sign in again' : 'Connect'}
        </button>
        <span class="muted small">Salesforce’s sign-in opens in a window; Handoff keeps the tokens in this browser only.</span>
      </div>
      {failure ? (
        <div data-handoff="crm-connect-error" data-crm="salesforce">
          <ErrorBanner error={failure} title="Salesforce not connected" onDismiss={() => setFailure(null)} />
        </div>
      ) : null}
    </form>
  );
}
