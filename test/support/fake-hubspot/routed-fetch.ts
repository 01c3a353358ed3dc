import type { FakeHubSpot } from './server';

/**
 * A fetch for unit tests of the worker's CRM code: requests to the real
 * host name (https://api.hubapi.com) reach the local fake, as Chromium's
 * --host-resolver-rules make them in the end-to-end tests; any other host
 * fails as unreachable. Every URL asked for is recorded.
 */
export function routedFetch(server: FakeHubSpot, seen: string[] = []): typeof fetch & { seen: string[] } {
  const routed = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    seen.push(url.href);
    if (url.host !== 'api.hubapi.com') return Promise.reject(new TypeError(`fetch failed: ${url.host} is not routed in this test`));
    return server.fetch(`${server.baseUrl}${url.pathname}${url.search}`, init);
  }) as typeof fetch & { seen: string[] };
  routed.seen = seen;
  return routed;
}
