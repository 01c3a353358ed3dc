import { browser } from 'wxt/browser';
import { dealOfSignedNotification } from '@/lib/crm/signed-notice';
import { dealView } from '@/lib/options/routes';
import { getSettings, type DbHandle } from '@/lib/store';
import { announceChange } from '@/lib/sync/signal';
import type { DealCache } from '../deal-cache';
import { createCrmService, type CrmWorker } from './service';

const ICON_PATH = '/icon/128.png';
/** How long after the worker's start the CRM resumes what a stopped worker left. */
export const RESUME_DELAY_MS = 1500;

/**
 * The CRM connection in the worker, wired to the browser. Call at the top
 * level of the background's main: the alarm and notification listeners
 * register synchronously, so an alarm that wakes a stopped worker finds
 * them; a pass or writes a stopped worker left are resumed.
 */
export function startCrm(db: DbHandle, dealCache: DealCache): CrmWorker {
  const crm = createCrmService({
    db,
    area: {
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => browser.storage.local.set(items),
      remove: (keys) => browser.storage.local.remove(keys),
    },
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    announce: announceChange,
    hasOrigin: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    removeOrigin: async (origin) => void (await browser.permissions.remove({ origins: [`${origin}/*`] })),
    async setAlarm(name, periodMinutes) {
      if (periodMinutes === null) return void (await browser.alarms.clear(name));
      const have = await browser.alarms.get(name);
      if (have?.periodInMinutes !== periodMinutes) await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
    },
    notify: async (id, title, message) =>
      void (await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL(ICON_PATH as '/'), title, message })),
    dealsWritten: (written, gone) => {
      for (const id of gone) dealCache.delete(id);
      for (const deal of written) dealCache.put(deal);
    },
    // `identity` is an optional permission, granted in the Salesforce Connect click: read it only then.
    webAuth: {
      redirectUrl: () => browser.identity.getRedirectURL(),
      launch: async (url) => {
        const back = await browser.identity.launchWebAuthFlow({ url, interactive: true });
        if (!back) throw new Error('the sign-in window was closed');
        return back;
      },
    },
    ownDomains: async () => {
      const own = (await getSettings(await db.get())).ownDomain;
      return own ? [own] : [];
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => void crm.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => {
    const dealId = dealOfSignedNotification(id);
    if (!dealId) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${dealView(dealId)}` });
  });
  // What a stopped worker left (a pass, outbox writes) is finished a moment after the start, not
  // during it: the messages that woke this worker (a cold sidebar) are answered first (issue 18).
  // A woken worker lives at least 30 s, so it runs; a worker stopped before then resumes next start.
  setTimeout(() => void crm.resume().catch((e: unknown) => console.error('Handoff CRM resume:', e)), RESUME_DELAY_MS);
  return crm;
}
