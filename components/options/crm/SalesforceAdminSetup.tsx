/**
 * What the Salesforce admin sets up once for the org (issue 16): an
 * External Client App for Handoff's OAuth web-server flow with PKCE and no
 * secret, since an extension cannot keep one. Setting names as Salesforce
 * Setup shows them (External Client App Manager → OAuth Settings and
 * Policies); Salesforce no longer creates new connected apps from Spring ’26,
 * but an existing one with the same settings works.
 */
export function SalesforceAdminSetup({ callbackUrl }: { callbackUrl: string }) {
  return (
    <div class="crm-admin-box" data-handoff-options="crm-salesforce-admin">
      <h4>What your Salesforce admin sets up</h4>
      <ol class="crm-steps">
        <li>
          In Setup → <strong>External Client App Manager</strong>, a <strong>New External Client App</strong> (or an existing connected app)
          named Handoff, with <strong>Enable OAuth</strong> on.
        </li>
        <li>
          Callback URL:{' '}
          <code class="crm-copyable" data-handoff="crm-salesforce-callback">
            {callbackUrl}
          </code>
        </li>
        <li>
          OAuth scopes: <strong>Manage user data via APIs (api)</strong> and <strong>Perform requests at any time (refresh_token, offline_access)</strong>.
        </li>
        <li>
          <strong>Require Proof Key for Code Exchange (PKCE)</strong> on; <strong>Require secret for Web Server Flow</strong> and{' '}
          <strong>Require secret for Refresh Token Flow</strong> off: Handoff has no secret, PKCE protects the exchange instead.
        </li>
        <li>
          Refresh token policy: valid until revoked, or an expiry your org prefers; <strong>Enable Refresh Token Rotation</strong> recommended
          (Handoff keeps each new refresh token).
        </li>
        <li>
          The user’s profile or permission set is allowed to use the app; then the admin gives you the app’s <strong>Consumer Key</strong> (never
          the secret).
        </li>
      </ol>
    </div>
  );
}
