import { RateLimiter } from '@/lib/crm/http';
import type { SalesforceTokens } from '@/lib/crm/salesforce/auth';
import { salesforceSource, type SalesforceSource, type SalesforceSourceOptions } from '@/lib/crm/salesforce/source';
import { virtualClock, type VirtualClock } from '../fake-hubspot/clock';
import type { FakeSalesforce } from './server';

/**
 * The real Salesforce source wired to the fake org the way the worker wires
 * it to a My Domain: the fake's host is the one connected host, tokens are
 * issued by the fake as if the user had connected, time is virtual and
 * jitter fixed. `saved` records what `onTokens` was given, in order.
 */
export interface Connected {
  source: SalesforceSource;
  clock: VirtualClock;
  tokens: SalesforceTokens;
  saved: SalesforceTokens[];
}

export function connectSource(server: FakeSalesforce, overrides: Partial<SalesforceSourceOptions> = {}, clock: VirtualClock = virtualClock()): Connected {
  const issued = server.store.issueTokens();
  const tokens: SalesforceTokens = { ...issued, instanceUrl: server.url };
  const saved: SalesforceTokens[] = [];
  const source = salesforceSource({
    fetch: server.fetch,
    myDomain: server.url,
    connectedHosts: [server.host],
    consumerKey: server.store.oauth.consumerKey,
    tokens,
    onTokens: (renewed) => {
      saved.push(renewed);
    },
    limiter: new RateLimiter(25, 1000, clock),
    clock,
    random: () => 0.5,
    ...overrides,
  });
  return { source, clock, tokens, saved };
}
