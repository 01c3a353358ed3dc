import { connectedBase, CrmHttpError, readFailure } from '../http';
import { tokenError, tokenResponse, type TokenResponse } from './schemas';

/**
 * Salesforce OAuth 2.0 web server flow with PKCE and no client secret
 * (issue 16): the extension cannot keep a secret, so the External Client
 * App is set to require PKCE and not the secret.
 * - flow: help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm
 * - PKCE: help.salesforce.com/s/articleView?id=xcloud.remoteaccess_pkce.htm (RFC 7636, S256)
 * - refresh and rotation: help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_refresh_token_flow.htm
 * Both endpoints live on the org's My Domain, the one host the user grants;
 * requests go through an injected fetch and only to that host over HTTPS.
 * Plain WebCrypto and fetch: runs in the service worker and in Node 20.
 */

/** What the worker keeps (lib/crm/account.ts `salesforceCredentials`) plus the token's issue time. */
export interface SalesforceTokens {
  accessToken: string;
  refreshToken: string;
  instanceUrl: string;
  /** Epoch ms from `issued_at`, when Salesforce gives it. */
  issuedAt?: number;
}

/** The scopes asked for: REST API access and a refresh token for the background sync. */
export const SCOPES = 'api refresh_token';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
const cryptoRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A code verifier (RFC 7636 §4.1: 43–128 unreserved characters; here 64
 * base64url characters from 48 random bytes) and its S256 challenge,
 * BASE64URL(SHA-256(ASCII(verifier))).
 */
export async function createPkce(random: RandomBytes = cryptoRandom): Promise<Pkce> {
  const verifier = base64url(random(new Uint8Array(48)));
  return { verifier, challenge: await s256(verifier) };
}

export async function s256(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** An unguessable `state`, checked on the way back so an answer to another attempt is refused. */
export function createState(random: RandomBytes = cryptoRandom): string {
  return base64url(random(new Uint8Array(16)));
}

export interface AuthorizeParams {
  /** The org's My Domain origin (normalizeMyDomain), e.g. `https://acme.my.salesforce.com`. */
  myDomain: string;
  consumerKey: string;
  /** `identity.getRedirectURL()`: `https://<extension-id>.chromiumapp.org/`, the app's callback URL. */
  redirectUri: string;
  challenge: string;
  state: string;
}

export function authorizeUrl({ myDomain, consumerKey, redirectUri, challenge, state }: AuthorizeParams): string {
  const url = new URL('/services/oauth2/authorize', originOf(myDomain));
  const params = { response_type: 'code', client_id: consumerKey, redirect_uri: redirectUri, code_challenge: challenge, code_challenge_method: 'S256', scope: SCOPES, state };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/**
 * The authorization code from the URL Salesforce sent the browser back to,
 * or a reconnect error saying why not: Salesforce's own `error` /
 * `error_description` (e.g. the user pressed Deny), a `state` that is not
 * this attempt's, or no code at all.
 */
export function readRedirect(redirectUrl: string, expectedState: string): { code: string } {
  let params: URLSearchParams;
  try {
    params = new URL(redirectUrl).searchParams;
  } catch {
    throw new CrmHttpError('reconnect', 'Salesforce sent the browser back to an address that is not a URL');
  }
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new CrmHttpError('reconnect', `Salesforce refused the connection: ${error}${description ? ` (${description})` : ''}`, undefined, error);
  }
  if (params.get('state') !== expectedState) {
    throw new CrmHttpError('reconnect', 'the answer from Salesforce belongs to another connect attempt (state does not match); connect again');
  }
  const code = params.get('code');
  if (!code) throw new CrmHttpError('reconnect', 'Salesforce sent the browser back without an authorization code');
  return { code };
}

export interface TokenEndpoint {
  fetch: typeof fetch;
  myDomain: string;
  /** Hosts the user granted (the My Domain's); the token request is refused for any other. */
  connectedHosts: readonly string[];
  consumerKey: string;
}

export async function exchangeCode(
  endpoint: TokenEndpoint,
  { code, verifier, redirectUri }: { code: string; verifier: string; redirectUri: string },
): Promise<SalesforceTokens> {
  const answer = await postToken(endpoint, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri });
  if (!answer.refresh_token) {
    throw new CrmHttpError('reconnect', 'Salesforce gave no refresh token: the External Client App must allow the refresh_token scope');
  }
  return tokensOf(answer, answer.refresh_token);
}

/**
 * A new access token. With refresh token rotation on, Salesforce answers
 * with a new refresh token and the old one stops working, so the caller
 * must store the returned tokens before using them; without rotation the
 * old refresh token is kept.
 */
export async function refreshAccessToken(endpoint: TokenEndpoint, refreshToken: string): Promise<SalesforceTokens> {
  const answer = await postToken(endpoint, { grant_type: 'refresh_token', refresh_token: refreshToken });
  return tokensOf(answer, answer.refresh_token ?? refreshToken);
}

function tokensOf(answer: TokenResponse, refreshToken: string): SalesforceTokens {
  const issuedAt = answer.issued_at ? Number(answer.issued_at) : undefined;
  return { accessToken: answer.access_token, refreshToken, instanceUrl: answer.instance_url, ...(issuedAt ? { issuedAt } : {}) };
}

/** Form-encoded POST to the token endpoint: no Authorization header and no secret (PKCE stands in for it). */
async function postToken(endpoint: TokenEndpoint, fields: Record<string, string>): Promise<TokenResponse> {
  const url = new URL('/services/oauth2/token', connectedBase(originOf(endpoint.myDomain), endpoint.connectedHosts));
  const body = new URLSearchParams({ ...fields, client_id: endpoint.consumerKey }).toString();
  let response: Response;
  try {
    response = await endpoint.fetch(url.href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
    });
  } catch (error) {
    throw new CrmHttpError('network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  const secrets = [fields.refresh_token, fields.code, fields.code_verifier].filter((s): s is string => Boolean(s));
  if (!response.ok) throw tokenFailure(response.status, text, secrets);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CrmHttpError('server', 'the Salesforce token endpoint did not answer JSON', response.status);
  }
  const parsed = tokenResponse.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CrmHttpError('server', `unexpected token response: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`, response.status);
  }
  return parsed.data;
}

/**
 * `invalid_grant` means the refresh token (or code) no longer works:
 * revoked, expired by the app's policy, or the user's fifth newer grant
 * pushed it out. Only connecting again helps. Other OAuth errors (a wrong
 * consumer key, a PKCE mismatch) are said as they are.
 */
function tokenFailure(status: number, text: string, secrets: string[]): CrmHttpError {
  let parsed: ReturnType<typeof tokenError.safeParse> | undefined;
  try {
    parsed = tokenError.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  let reason: string;
  let code: string | undefined;
  if (parsed?.success) {
    code = parsed.data.error;
    reason = `${parsed.data.error}${parsed.data.error_description ? `: ${parsed.data.error_description}` : ''}`;
  } else {
    ({ reason, code } = readFailure(text, `HTTP ${status}`, ''));
  }
  for (const secret of secrets) reason = reason.split(secret).join('[secret]');
  reason = reason.slice(0, 300);
  if (status >= 500) return new CrmHttpError('server', reason, status, code);
  if (code === 'invalid_grant') return new CrmHttpError('reconnect', reason, status, code);
  return new CrmHttpError('http', reason, status, code);
}

/** The origin of a My Domain URL (any path dropped); HTTPS only. */
function originOf(myDomain: string): string {
  const url = new URL(myDomain);
  if (url.protocol !== 'https:') throw new CrmHttpError('host-not-connected', `${url.host} is not HTTPS`);
  return url.origin;
}

export { normalizeMyDomain } from './my-domain';
