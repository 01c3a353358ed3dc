import { createHash, randomBytes } from 'node:crypto';
import type { FakeSalesforceStore } from './store';

/**
 * The fake org's OAuth endpoints, from Salesforce Help's web server flow,
 * PKCE and refresh token flow pages (cited in lib/crm/salesforce/auth.ts):
 * - `GET /services/oauth2/authorize`: the signed-in user approves at once
 *   (or denies, `store.oauth.deny`); redirects to redirect_uri with
 *   `code` + `state`, keeping the code challenge for the token request.
 * - `POST /services/oauth2/token`, form-encoded: `authorization_code`
 *   (checks client_id, redirect_uri and SHA-256(code_verifier) against the
 *   stored challenge; no secret asked) and `refresh_token` (rotating the
 *   refresh token when `store.oauth.rotate`).
 * Errors follow RFC 6749 §5.2 as Salesforce words them: a wrong verifier is
 * `invalid_request`, a missing one or a dead code / refresh token `invalid_grant`.
 */

export type OAuthAnswer = { status: number; json?: unknown; location?: string; text?: string };

const base64url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function authorize(store: FakeSalesforceStore, params: URLSearchParams): OAuthAnswer {
  const { oauth } = store;
  if (params.get('client_id') !== oauth.consumerKey) return { status: 400, text: 'error=invalid_client_id: client identifier invalid' };
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!/^https:\/\//.test(redirectUri) || (oauth.callbackUrl !== null && redirectUri !== oauth.callbackUrl)) {
    return { status: 400, text: 'error=redirect_uri_mismatch: redirect_uri must match configuration' };
  }
  const back = new URL(redirectUri);
  const state = params.get('state');
  const reply = (fields: Record<string, string>) => {
    for (const [key, value] of Object.entries(fields)) back.searchParams.set(key, value);
    if (state !== null) back.searchParams.set('state', state);
    return { status: 302, location: back.href };
  };
  if (params.get('response_type') !== 'code') return reply({ error: 'unsupported_response_type', error_description: 'response type not supported' });
  const challenge = params.get('code_challenge');
  // The app requires PKCE (issue 16's admin settings), so a request without a challenge is refused.
  if (!challenge) return reply({ error: 'invalid_request', error_description: 'missing required code challenge' });
  if ((params.get('code_challenge_method') ?? 'S256') !== 'S256') return reply({ error: 'invalid_request', error_description: 'unsupported code challenge method' });
  if (oauth.deny) return reply({ error: 'access_denied', error_description: 'end-user denied authorization' });
  const code = `aPrx${base64url(randomBytes(24))}`;
  oauth.codes.set(code, { challenge, method: 'S256', redirectUri });
  return reply({ code });
}

function tokenJson(store: FakeSalesforceStore, origin: string, accessToken: string, refreshToken: string | undefined) {
  return {
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    signature: base64url(randomBytes(32)),
    scope: 'refresh_token api',
    instance_url: origin,
    id: `${origin}/id/00D000000000001AAA/005000000000001AAA`,
    token_type: 'Bearer',
    issued_at: String(store.now()),
  };
}

const oauthError = (error: string, description: string): OAuthAnswer => ({ status: 400, json: { error, error_description: description } });

export function token(store: FakeSalesforceStore, form: URLSearchParams, origin: string): OAuthAnswer {
  const { oauth } = store;
  if (form.get('client_id') !== oauth.consumerKey) return oauthError('invalid_client_id', 'client identifier invalid');
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') {
    const code = form.get('code') ?? '';
    const issued = oauth.codes.get(code);
    if (!issued) return oauthError('invalid_grant', 'invalid authorization code');
    oauth.codes.delete(code); // single use, even when the rest of the request is wrong
    if (form.get('redirect_uri') !== issued.redirectUri) return oauthError('redirect_uri_mismatch', 'redirect_uri must match configuration');
    const verifier = form.get('code_verifier');
    if (!verifier) return oauthError('invalid_grant', 'code verifier missing');
    if (base64url(createHash('sha256').update(verifier, 'ascii').digest()) !== issued.challenge) return oauthError('invalid_request', 'invalid code verifier');
    const { accessToken, refreshToken } = store.issueTokens();
    return { status: 200, json: tokenJson(store, origin, accessToken, refreshToken) };
  }
  if (grant === 'refresh_token') {
    const old = form.get('refresh_token') ?? '';
    if (!oauth.refreshTokens.has(old)) return oauthError('invalid_grant', 'expired access/refresh token');
    const { accessToken, refreshToken } = store.issueTokens();
    if (oauth.rotate) oauth.refreshTokens.delete(old);
    else oauth.refreshTokens.delete(refreshToken);
    return { status: 200, json: tokenJson(store, origin, accessToken, oauth.rotate ? refreshToken : undefined) };
  }
  return oauthError('unsupported_grant_type', 'grant type not supported');
}
