import { crmConfigSchema, defaultCommon, type CrmConfig } from '@/lib/crm/account';
import { CrmHttpError } from '@/lib/crm/http';
import { authorizeUrl, createPkce, createState, exchangeCode, normalizeMyDomain, readRedirect } from '@/lib/crm/salesforce/auth';
import { HandoffError } from '@/lib/messaging/errors';
import { writeConnection, type KeyValueArea } from './records';
import type { TransportDeps } from './transport';

/** The browser's OAuth window (identity.launchWebAuthFlow) and the redirect URL it watches for. */
export interface WebAuth {
  /** `https://<extension-id>.chromiumapp.org/` in Chrome; Firefox has its own. */
  redirectUrl(): string;
  /** Opens the sign-in window at `url`; resolves with the URL Salesforce sent the browser back to. */
  launch(url: string): Promise<string>;
}

/**
 * Salesforce Connect (issue 16): OAuth 2.0 web-server flow with PKCE and no
 * client secret, run in the worker. The options page asked, in the Connect
 * click, for the one My Domain origin and the `identity` permission. The
 * tokens are stored only once the code was exchanged; nothing is stored on
 * any failure, and each failure says what to do.
 */
export async function connectSalesforce(
  request: { myDomain: string; consumerKey: string },
  deps: TransportDeps & { hasOrigin: (origin: string) => Promise<boolean>; webAuth: WebAuth; area: KeyValueArea },
): Promise<CrmConfig> {
  const domain = normalizeMyDomain(request.myDomain);
  if (!domain.ok) throw new HandoffError('invalid', `My Domain: ${domain.reason}`, [{ field: 'myDomain', message: domain.reason }]);
  const consumerKey = request.consumerKey.trim();
  if (consumerKey.length < 10) throw new HandoffError('invalid', 'Consumer key: paste the whole key from the External Client App', [{ field: 'consumerKey', message: 'too short' }]);
  if (!(await deps.hasOrigin(domain.origin))) {
    throw new HandoffError('forbidden', `Handoff may not reach ${domain.host} yet: allow it when the browser asks, then connect again`);
  }
  const pkce = await createPkce();
  const state = createState();
  let redirectUri: string;
  let back: string;
  try {
    redirectUri = deps.webAuth.redirectUrl();
    back = await deps.webAuth.launch(authorizeUrl({ myDomain: domain.origin, consumerKey, redirectUri, challenge: pkce.challenge, state }));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new HandoffError('invalid', `Salesforce sign-in did not finish (${why}). Check the callback URL and consumer key with your admin, then connect again`);
  }
  try {
    const { code } = readRedirect(back, state);
    const endpoint = { fetch: deps.fetch, myDomain: domain.origin, connectedHosts: [domain.host], consumerKey };
    const tokens = await exchangeCode(endpoint, { code, verifier: pkce.verifier, redirectUri });
    const config = crmConfigSchema.parse({ source: 'salesforce', myDomain: domain.origin, consumerKey, ...defaultCommon('salesforce') });
    await writeConnection(deps.area, config, { source: 'salesforce', accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, instanceUrl: tokens.instanceUrl });
    return config;
  } catch (error) {
    if (error instanceof CrmHttpError) throw new HandoffError('invalid', `Salesforce refused the sign-in: ${error.reason}`);
    throw error;
  }
}
