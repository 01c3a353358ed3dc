import { createCrmHttp, RateLimiter, type CrmHttpOptions } from '@/lib/crm/http';
import { hubspotClient, type HubSpotClient } from '@/lib/crm/hubspot/client';
import { virtualClock, type VirtualClock } from './clock';
import type { FakeHubSpot } from './server';

export const TEST_TOKEN = 'pat-eu1-00000000-test-token';

/**
 * The real client wired to the fake server the way the worker wires it to
 * api.hubapi.com: the server's host is the one connected host, time is
 * virtual and jitter is fixed (random() = 0.5) so waits are predictable.
 */
export function connectClient(
  server: FakeHubSpot,
  overrides: Partial<CrmHttpOptions> = {},
  clock: VirtualClock = virtualClock(),
): { client: HubSpotClient; clock: VirtualClock } {
  const http = createCrmHttp({
    fetch: server.fetch,
    baseUrl: server.baseUrl,
    connectedHosts: [server.host],
    token: TEST_TOKEN,
    limiter: new RateLimiter(100, 10_000, clock),
    clock,
    random: () => 0.5,
    ...overrides,
  });
  return { client: hubspotClient(http), clock };
}
