import type { CrmConfig, CrmCredentials } from '@/lib/crm/account';
import { createCrmHttp, RateLimiter, rateLimiterFor, realClock, type Clock } from '@/lib/crm/http';
import { HUBSPOT_API, hubspotClient, type HubSpotClient } from '@/lib/crm/hubspot/client';
import { hubspotSource } from '@/lib/crm/hubspot/source';
import { salesforceSource } from '@/lib/crm/salesforce/source';
import type { CrmSyncSource } from '@/lib/crm/sync/source';

/**
 * The one place a CRM's host and token meet: each client may reach only
 * its own CRM's host (lib/crm/http.ts refuses any other before sending),
 * and only from the worker, which is the only context that builds one.
 */
export const HUBSPOT_HOST = new URL(HUBSPOT_API).host;
export const HUBSPOT_ORIGIN = `https://${HUBSPOT_HOST}`;

/** HubSpot's search endpoints allow 4 requests a second per token on top of the account's limit. */
const searchLimiters = new WeakMap<Clock, Map<string, RateLimiter>>();

export interface TransportDeps {
  fetch: typeof fetch;
  now: () => Date;
  clock?: Clock;
  /** Salesforce: renewed (rotated) tokens are stored through this BEFORE they are used. */
  saveCredentials: (credentials: CrmCredentials) => Promise<void>;
}

export function hubspotClientFor(token: string, account: string, deps: TransportDeps): HubSpotClient {
  const http = createCrmHttp({
    fetch: deps.fetch,
    baseUrl: HUBSPOT_API,
    connectedHosts: [HUBSPOT_HOST],
    token,
    // Private apps get 100 requests per 10 s per account (HubSpot usage guidelines); we stay under it.
    limiter: rateLimiterFor(`hubspot:${account}`, 100, 10_000, deps.clock),
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const clock = deps.clock ?? realClock;
  let byAccount = searchLimiters.get(clock);
  if (!byAccount) searchLimiters.set(clock, (byAccount = new Map()));
  let search = byAccount.get(account);
  if (!search) byAccount.set(account, (search = new RateLimiter(4, 1000, clock)));
  return hubspotClient(http, { searchLimiter: search });
}

export function syncSourceFor(config: CrmConfig, credentials: CrmCredentials, deps: TransportDeps): CrmSyncSource {
  if (config.source === 'hubspot' && credentials.source === 'hubspot') {
    return hubspotSource(hubspotClientFor(credentials.token, config.portalId, deps), deps.now);
  }
  if (config.source === 'salesforce' && credentials.source === 'salesforce') {
    const host = new URL(config.myDomain).host;
    return salesforceSource({
      fetch: deps.fetch,
      myDomain: config.myDomain,
      connectedHosts: [host],
      consumerKey: config.consumerKey,
      tokens: credentials,
      onTokens: (tokens) => deps.saveCredentials({ source: 'salesforce', accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, instanceUrl: tokens.instanceUrl }),
      // Salesforce counts a daily allocation, not a rate (the client stops at 90 % of it); this only smooths bursts.
      limiter: rateLimiterFor(`salesforce:${host}`, 25, 1000, deps.clock),
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  }
  throw new Error(`${config.source}: the stored credentials are not this CRM's`);
}
