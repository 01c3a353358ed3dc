import { browser } from 'wxt/browser';
import { BADGE_COLORS } from '@/components/kit/tokens';
import { createHandlers, workerDealCache } from '@/lib/background/handlers';
import { startCrm } from '@/lib/background/crm/start';
import { syncJiraScript } from '@/lib/background/jira-sites';
import { gateJiraSites } from '@/lib/background/jira-trust';
import { startReminders } from '@/lib/background/reminders/start';
import { createRouter } from '@/lib/messaging/router';
import { portMessageListener, serviceWorkerScope } from '@/lib/messaging/worker-port';
import { DbHandle } from '@/lib/store';
import { announceChange } from '@/lib/sync/signal';

// Firefox (MV2): an event page, unloaded when idle like Chrome's worker, so
// the same rule holds: listeners at top level, state written before acked.
export default defineBackground({
  persistent: false,
  main() {
    const db = new DbHandle();
    // The CRM connection (issue 16): its alarm and notification listeners register here, synchronously.
    const dealCache = workerDealCache(db);
    const crm = startCrm(db, dealCache);
    const handlers = createHandlers({
      crm,
      dealCache,
      db,
      announce: announceChange,
      now: () => new Date(),
      version: browser.runtime.getManifest().version,
      openTab: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') })),
      registerJiraHosts: (origins) => syncJiraScript(origins, 'content-scripts/jira.js'),
      hasHostPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    });
    // A Jira Cloud site the user has not allowed gets none of their data (issue 13).
    const settings = () => handlers['settings.get']({}, { senderKind: 'extension', senderUrl: undefined });
    const route = createRouter(gateJiraSites(handlers, settings), {
      ownId: browser.runtime.id,
      extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
      // Content scripts on the self-hosted Jira origins the user granted.
      extraOrigins: () => handlers['settings.get']({}, { senderKind: 'extension', senderUrl: undefined }).then((s) => s.jiraHosts, () => []),
    });
    // Registered synchronously at top level, so a message that wakes a
    // stopped worker finds its listener (MV3 service worker lifecycle).
    browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
    // Big payloads from extension pages (a backup to import) come by postMessage (lib/messaging/worker-port.ts).
    serviceWorkerScope()?.addEventListener('message', portMessageListener(route, browser.runtime.id));
    // Reminders (alarms, notifications) and the action badge: their listeners
    // too register here, synchronously; they re-plan on every data change.
    startReminders({ db, badgeColors: BADGE_COLORS });
  },
});
