import type { Page } from 'puppeteer-core';
import { inExtensionPage, type Driver, type ExtensionApi, type NetworkLog } from '../../journeys/driver';
import { EXTENSION_ORIGIN, FirefoxBrowser, type FirefoxLaunchOptions } from './browser';
import { firefoxTab, type FirefoxTab } from './tab';

/** The hosts the journeys read Handoff's UI on (test/support/firefox/view.ts says why they are granted). */
export const READ_ORIGINS = ['https://mail.google.com/*', 'https://app.asana.com/*', 'https://*.atlassian.net/*'];

const strip = (url: string) => url.split('#')[0]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Api = { browser: Record<string, never> & { runtime: { sendMessage(m: unknown): Promise<unknown> }; extension: { getBackgroundPage(): (Window & { __handoffMark?: number }) | null } } };

export interface FirefoxDriver extends Driver {
  readonly ff: FirefoxBrowser;
  /** The extension page the driver's own calls go through. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The journeys' driver (test/journeys/driver.ts) over Firefox ESR
 * (test/support/firefox/browser.ts). Extension calls go through one options
 * page it keeps open. The background is Firefox's MV2 event page: it is
 * stopped the way Firefox stops it, by its idle timeout (set short with
 * `backgroundIdleMs`), and seen through `extension.getBackgroundPage()`,
 * which answers null while it is unloaded and does not wake it.
 */
export async function launchFirefoxDriver(options: FirefoxLaunchOptions = {}): Promise<FirefoxDriver> {
  const log: NetworkLog = { requests: [], navigated: new Set(), extensionOrigin: EXTENSION_ORIGIN };
  let proxySeen = 0;
  const ff = await FirefoxBrowser.launch({
    ...options,
    onRequest(url, from) {
      log.requests.push({ url, from });
      options.onRequest?.(url, from);
    },
  });
  await ff.grantOrigins(READ_ORIGINS);
  let extensionPage: Promise<Page> | undefined;
  const extension = async (): Promise<Page> => {
    const page = await (extensionPage ??= ff.newTab().then(async (p) => (await ff.gotoExtensionPage(p, 'options.html'), p)));
    if (!page.isClosed()) return page;
    extensionPage = undefined;
    return extension();
  };
  const tab = (page: Page): FirefoxTab => firefoxTab(ff, page, extension, (url) => log.navigated.add(strip(url)));
  const inExtension = async <T, A>(fn: (arg: A, api: ExtensionApi) => T | Promise<T>, arg?: A): Promise<T> =>
    (await extension()).evaluate(inExtensionPage(fn.toString(), arg)) as Promise<T>;
  const backgroundRunning = () => inExtension(() => !!(globalThis as unknown as Api).browser.extension.getBackgroundPage());

  const driver: FirefoxDriver = {
    browserName: 'firefox',
    ff,
    extensionPage: extension,
    async open(url) {
      const t = tab(await ff.newTab());
      await t.goto(url);
      return t;
    },
    async openOptions(view) {
      const page = await ff.newTab();
      await ff.gotoExtensionPage(page, `options.html${view ? `#${view}` : ''}`);
      return tab(page);
    },
    async openPopupOver(over) {
      // The popup asks for the active tab of its window: opened in the
      // background, the page it describes stays the active one (Chromium's
      // driver patches tabs.query instead: a preload script does not reach
      // an extension page over BiDi in Firefox).
      const page = await ff.newTab({ background: over !== null });
      await ff.gotoExtensionPage(page, 'popup.html');
      return tab(page);
    },
    async send<T>(type: string, payload: unknown) {
      const reply = (await inExtension(
        ({ type, payload }) => (globalThis as unknown as Api).browser.runtime.sendMessage({ handoff: 1, type, payload }),
        { type, payload },
      )) as { ok: boolean; data?: T; error?: { message: string } };
      if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
      return reply.data as T;
    },
    inExtension,
    async markBackground() {
      const marked = await inExtension(() => {
        const page = (globalThis as unknown as Api).browser.extension.getBackgroundPage();
        if (page) page.__handoffMark = 1;
        return !!page;
      });
      if (!marked) throw new Error('the event page is not running');
    },
    isBackgroundMarked: () => inExtension(() => (globalThis as unknown as Api).browser.extension.getBackgroundPage()?.__handoffMark === 1),
    async stopBackground() {
      const until = Date.now() + 40_000;
      while (await backgroundRunning()) {
        if (Date.now() > until) throw new Error('the event page did not unload');
        await pause(100);
      }
    },
    network() {
      for (const r of ff.proxy.log.slice(proxySeen)) log.requests.push({ url: r.url, from: 'no tab (the event page or Firefox itself)' });
      proxySeen = ff.proxy.log.length;
      return log;
    },
    clearNetwork() {
      proxySeen = ff.proxy.log.length;
      log.requests.length = 0;
      log.navigated.clear();
    },
    close: () => ff.close(),
  };
  return driver;
}
