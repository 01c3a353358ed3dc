import type { FakeHubSpot } from './server';

/** Where one real host name's requests go in a test: a local fake's origin and its certificate-trusting fetch. */
export interface FakeRoute {
  origin: string;
  fetch: typeof fetch;
}

/**
 * A fetch for unit tests of the worker's CRM code: requests to a real host
 * name (https://api.hubapi.com, a Salesforce My Domain) reach its local
 * fake, as Chromium's --host-resolver-rules make them in the end-to-end
 * tests; any other host fails as unreachable. Every URL asked for is recorded.
 */
export function routedFetchTo(routes: Record<string, FakeRoute>, seen: string[] = []): typeof fetch & { seen: string[] } {
  const routed = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    seen.push(url.href);
    const route = routes[url.host];
    if (!route) return Promise.reject(new TypeError(`fetch failed: ${url.host} is not routed in this test`));
    return route.fetch(`${route.origin}${url.pathname}${url.search}`, init);
  }) as typeof fetch & { seen: string[] };
  routed.seen = seen;
  return routed;
}

export function routedFetch(server: FakeHubSpot, seen: string[] = []): typeof fetch & { seen: string[] } {
  return routedFetchTo({ 'api.hubapi.com': { origin: server.baseUrl, fetch: server.fetch } }, seen);
}
