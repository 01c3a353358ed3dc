import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrmHttpError } from '@/lib/crm/http';
import { authorizeUrl, createPkce, createState, exchangeCode, readRedirect, refreshAccessToken, s256, type TokenEndpoint } from '@/lib/crm/salesforce/auth';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';

/** OAuth 2.0 web server flow with PKCE and refresh token rotation, against the fake org over HTTPS. */

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

async function failure(promise: Promise<unknown>): Promise<CrmHttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CrmHttpError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('PKCE values', () => {
  it('the S256 challenge of RFC 7636’s appendix B example verifier is the RFC’s', async () => {
    expect(await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a 64-character verifier of unreserved characters, different each time', async () => {
    const a = await createPkce();
    const b = await createPkce();
    expect(a.verifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(a.verifier).not.toBe(b.verifier);
    expect(a.challenge).toBe(await s256(a.verifier));
    expect(createState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('the authorize URL asks for a code with the S256 challenge, the two scopes and the state, on the My Domain', () => {
    const url = new URL(authorizeUrl({ myDomain: 'https://acme.my.salesforce.com/', consumerKey: 'KEY123', redirectUri: REDIRECT, challenge: 'CH', state: 'ST' }));
    expect(url.origin + url.pathname).toBe('https://acme.my.salesforce.com/services/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'KEY123', redirect_uri: REDIRECT, code_challenge: 'CH', code_challenge_method: 'S256', scope: 'api refresh_token', state: 'ST',
    });
  });
});

describe('reading the redirect', () => {
  it('gives the code when the state matches', () => {
    expect(readRedirect(`${REDIRECT}?code=aPrx123&state=S1`, 'S1')).toEqual({ code: 'aPrx123' });
  });

  it.each([
    [`${REDIRECT}?error=access_denied&error_description=end-user+denied+authorization&state=S1`, /refused the connection: access_denied \(end-user denied authorization\)/],
    [`${REDIRECT}?code=aPrx123&state=OTHER`, /another connect attempt/],
    [`${REDIRECT}?state=S1`, /without an authorization code/],
    ['not a url', /not a URL/],
  ])('%s is a reconnect error saying why', (url, why) => {
    let error: unknown;
    try {
      readRedirect(url, 'S1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CrmHttpError);
    expect((error as CrmHttpError).kind).toBe('reconnect');
    expect((error as CrmHttpError).reason).toMatch(why);
  });
});

describe('OAuth against the fake org', () => {
  let server: FakeSalesforce;
  let endpoint: TokenEndpoint;
  beforeAll(async () => {
    server = await startFakeSalesforce();
    endpoint = { fetch: server.fetch, myDomain: server.url, connectedHosts: [server.host], consumerKey: server.store.oauth.consumerKey };
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.reset();
    server.store.oauth.deny = false;
    server.store.oauth.rotate = true;
  });

  /** What launchWebAuthFlow does: open the authorize URL and hand back where Salesforce redirected. */
  async function signIn(challenge: string, state: string): Promise<string> {
    const url = authorizeUrl({ myDomain: server.url, consumerKey: endpoint.consumerKey, redirectUri: REDIRECT, challenge, state });
    const answer = await server.fetch(url);
    expect(answer.status).toBe(302);
    return answer.headers.get('location')!;
  }

  it('authorize → code → token with the verifier: tokens for the org, asked with no secret and no Authorization header', async () => {
    const pkce = await createPkce();
    const state = createState();
    const { code } = readRedirect(await signIn(pkce.challenge, state), state);
    const tokens = await exchangeCode(endpoint, { code, verifier: pkce.verifier, redirectUri: REDIRECT });
    expect(tokens.instanceUrl).toBe(server.url);
    expect(server.store.oauth.accessTokens.has(tokens.accessToken)).toBe(true);
    expect(server.store.oauth.refreshTokens.has(tokens.refreshToken)).toBe(true);
    expect(tokens.issuedAt).toBeGreaterThan(0);
    const request = server.log.find((r) => r.path === '/services/oauth2/token')!;
    expect(request.contentType).toBe('application/x-www-form-urlencoded');
    expect(request.authorization).toBeUndefined();
    expect(request.body).toEqual({ grant_type: 'authorization_code', code, code_verifier: pkce.verifier, redirect_uri: REDIRECT, client_id: endpoint.consumerKey });
  });

  it('a wrong verifier is refused (the intercepted-code attack PKCE stops), and the code is spent', async () => {
    const pkce = await createPkce();
    const { code } = readRedirect(await signIn(pkce.challenge, 'S'), 'S');
    const wrong = await failure(exchangeCode(endpoint, { code, verifier: (await createPkce()).verifier, redirectUri: REDIRECT }));
    expect(wrong).toMatchObject({ kind: 'http', status: 400, code: 'invalid_request', reason: 'invalid_request: invalid code verifier' });
    const again = await failure(exchangeCode(endpoint, { code, verifier: pkce.verifier, redirectUri: REDIRECT }));
    expect(again).toMatchObject({ kind: 'reconnect', code: 'invalid_grant' });
    expect(`${wrong.message}${again.message}`).not.toContain(code);
  });

  it('the user pressing Deny comes back as a reconnect error with Salesforce’s words', async () => {
    server.store.oauth.deny = true;
    const location = await signIn((await createPkce()).challenge, 'S');
    expect(() => readRedirect(location, 'S')).toThrow(/access_denied \(end-user denied authorization\)/);
  });

  it('refresh with rotation: a new refresh token comes back and the old one stops working', async () => {
    const { refreshToken } = server.store.issueTokens();
    const renewed = await refreshAccessToken(endpoint, refreshToken);
    expect(renewed.refreshToken).not.toBe(refreshToken);
    expect(server.store.oauth.accessTokens.has(renewed.accessToken)).toBe(true);
    expect(server.log.at(-1)!.body).toEqual({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: endpoint.consumerKey });
    const reused = await failure(refreshAccessToken(endpoint, refreshToken));
    expect(reused).toMatchObject({ kind: 'reconnect', status: 400, code: 'invalid_grant', reason: 'invalid_grant: expired access/refresh token' });
    expect(reused.message).not.toContain(refreshToken);
  });

  it('refresh without rotation keeps the refresh token it has', async () => {
    server.store.oauth.rotate = false;
    const { refreshToken } = server.store.issueTokens();
    const renewed = await refreshAccessToken(endpoint, refreshToken);
    expect(renewed.refreshToken).toBe(refreshToken);
    expect((await refreshAccessToken(endpoint, refreshToken)).refreshToken).toBe(refreshToken);
  });

  it('a token endpoint outage is a server error, not a reconnect', async () => {
    server.failNext(1, { status: 503, on: 'token', errorCode: 'temporarily_unavailable', message: 'down for maintenance' });
    const { refreshToken } = server.store.issueTokens();
    expect(await failure(refreshAccessToken(endpoint, refreshToken))).toMatchObject({ kind: 'server', status: 503 });
  });

  it('sends nothing to a host that is not the connected My Domain, nor over plain HTTP', async () => {
    const spy = vi.fn<typeof fetch>();
    const elsewhere = { ...endpoint, fetch: spy, myDomain: 'https://login.salesforce.com' };
    expect(await failure(refreshAccessToken(elsewhere, 'r'))).toMatchObject({ kind: 'host-not-connected' });
    expect(await failure(refreshAccessToken({ ...endpoint, fetch: spy, myDomain: `http://${server.host}` }, 'r'))).toMatchObject({ kind: 'host-not-connected' });
    expect(spy).not.toHaveBeenCalled();
  });
});
