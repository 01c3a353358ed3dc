import { vi } from 'vitest';
import { createCrmService, type CrmServiceDeps, type CrmWorker } from '@/lib/background/crm/service';
import type { KeyValueArea } from '@/lib/background/crm/records';
import { DbHandle } from '@/lib/store';
import { freshDbName } from './arbitraries';
import { virtualClock, type VirtualClock } from './fake-hubspot/clock';
import { routedFetchTo, type FakeRoute } from './fake-hubspot/routed-fetch';
import type { FakeHubSpot } from './fake-hubspot/server';

/** `storage.local` as a Map, with what was written readable by tests. */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void keys.forEach((k) => data.delete(k)),
  };
}

export interface CrmHarness {
  crm: CrmWorker;
  db: DbHandle;
  area: ReturnType<typeof memoryArea>;
  clock: VirtualClock;
  fetch: ReturnType<typeof routedFetchTo>;
  notify: ReturnType<typeof vi.fn<CrmServiceDeps['notify']>>;
  announce: ReturnType<typeof vi.fn<CrmServiceDeps['announce']>>;
  alarms: Map<string, number>;
  granted: Set<string>;
}

/**
 * The worker's CRM service as the background builds it, with the browser
 * parts replaced: storage in memory, the fake HubSpot at its real host
 * name, virtual time (the sync's waits are recorded, not slept), alarms
 * and notifications recorded.
 */
export const SF_HOST = 'acme.my.salesforce.com';

export function crmHarness(server: FakeHubSpot | null, startMs = Date.UTC(2026, 0, 10, 9), salesforce?: FakeRoute): CrmHarness {
  const db = new DbHandle(freshDbName());
  const area = memoryArea();
  const clock = virtualClock(startMs);
  const routes: Record<string, FakeRoute> = {};
  if (server) routes['api.hubapi.com'] = { origin: server.baseUrl, fetch: server.fetch };
  if (salesforce) routes[SF_HOST] = salesforce;
  const fetch = routedFetchTo(routes);
  const notify = vi.fn<CrmServiceDeps['notify']>(async () => {});
  const announce = vi.fn<CrmServiceDeps['announce']>(async () => {});
  const alarms = new Map<string, number>();
  const granted = new Set(['https://api.hubapi.com', `https://${SF_HOST}`]);
  const crm = createCrmService({
    db,
    area,
    fetch,
    clock,
    now: () => new Date(clock.now()),
    announce,
    hasOrigin: async (o) => granted.has(o),
    removeOrigin: async (o) => void granted.delete(o),
    setAlarm: async (name, period) => void (period === null ? alarms.delete(name) : alarms.set(name, period)),
    notify,
    ownDomains: async () => ['northwind.io'],
    dealsWritten: () => {},
    // The sign-in window: the fake's authorize page answers with a redirect to the extension's callback URL.
    webAuth: {
      redirectUrl: () => 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
      launch: async (url) => {
        const answer = await fetch(url);
        const back = answer.headers.get('location');
        if (!back) throw new Error(`the sign-in page answered ${answer.status} without a redirect`);
        return back;
      },
    },
  });
  return { crm, db, area, clock, fetch, notify, announce, alarms, granted };
}
