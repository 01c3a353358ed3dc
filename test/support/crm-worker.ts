import { vi } from 'vitest';
import { createCrmService, type CrmServiceDeps, type CrmWorker } from '@/lib/background/crm/service';
import type { KeyValueArea } from '@/lib/background/crm/records';
import { DbHandle } from '@/lib/store';
import { freshDbName } from './arbitraries';
import { virtualClock, type VirtualClock } from './fake-hubspot/clock';
import { routedFetch } from './fake-hubspot/routed-fetch';
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
  fetch: ReturnType<typeof routedFetch>;
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
export function crmHarness(server: FakeHubSpot, startMs = Date.UTC(2026, 0, 10, 9)): CrmHarness {
  const db = new DbHandle(freshDbName());
  const area = memoryArea();
  const clock = virtualClock(startMs);
  const fetch = routedFetch(server);
  const notify = vi.fn<CrmServiceDeps['notify']>(async () => {});
  const announce = vi.fn<CrmServiceDeps['announce']>(async () => {});
  const alarms = new Map<string, number>();
  const granted = new Set(['https://api.hubapi.com']);
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
  });
  return { crm, db, area, clock, fetch, notify, announce, alarms, granted };
}
