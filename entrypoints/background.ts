import { browser } from 'wxt/browser';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { announceChange } from '@/lib/sync/signal';

export default defineBackground(() => {
  const db = new DbHandle();
  const route = createRouter(
    createHandlers({ db, announce: announceChange, now: () => new Date(), version: browser.runtime.getManifest().version,
      openTab: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/options.html') })),
    }),
    { ownId: browser.runtime.id, extensionOrigin: new URL(browser.runtime.getURL('/')).origin },
  );
  // Registered synchronously at top level, so a message that wakes a
  // stopped worker finds its listener (MV3 service worker lifecycle).
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
