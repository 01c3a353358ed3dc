import type { Page } from 'playwright-core';
import { inExtensionPage, type Driver, type ExtensionApi, type NetworkLog, type Tab } from '../journeys/driver';
import type { ExtensionBrowser } from './browser';
import { handoffView } from './handoff-view';

const strip = (url: string) => url.split('#')[0]!;

/**
 * The journeys' driver (test/journeys/driver.ts) over Playwright and Debian's
 * Chromium: the built extension in `browser` (test/support/browser.ts), whose
 * request routing serves the replicas. Extension calls go through one options
 * page it keeps open; the network log is Playwright's request events on the
 * context, which include the service worker's.
 */
export function playwrightDriver(browser: ExtensionBrowser): Driver {
  const log: NetworkLog = { requests: [], navigated: new Set(), extensionOrigin: `chrome-extension://${browser.extensionId}` };
  browser.context.on('request', (r) => {
    if (!/^(https?|wss?):/i.test(r.url())) return;
    const worker = r.serviceWorker();
    let from = 'browser';
    try {
      // A navigation is asked for by the tab itself, still showing the document it leaves.
      from = worker ? 'background' : r.isNavigationRequest() ? r.url() : r.frame().url();
    } catch {
      // A request of no frame and no worker.
    }
    log.requests.push({ url: r.url(), from });
  });
  let extensionPage: Promise<Page> | undefined;
  const extension = async (): Promise<Page> => {
    const page = await (extensionPage ??= browser.openOptions());
    if (!page.isClosed()) return page;
    extensionPage = browser.openOptions();
    return extensionPage;
  };
  const tab = (page: Page): Tab => wrap(page, (url) => log.navigated.add(strip(url)));

  return {
    browserName: 'chromium',
    async open(url) {
      log.navigated.add(strip(url));
      return tab(await browser.open(url));
    },
    async openOptions(view) {
      return tab(await browser.openOptions(view));
    },
    async openPopupOver(over) {
      return tab(await browser.openPopupOver(over ? (over as PlaywrightTab).page : null));
    },
    async send<T>(type: string, payload: unknown) {
      return browser.send<T>(await extension(), type, payload);
    },
    async inExtension<T, A>(fn: (arg: A, api: ExtensionApi) => T | Promise<T>, arg?: A) {
      return (await extension()).evaluate(inExtensionPage(fn.toString(), arg)) as Promise<T>;
    },
    markBackground: () => browser.markWorker(),
    isBackgroundMarked: () => browser.isWorkerMarked(),
    async stopBackground() {
      await browser.stopServiceWorker(await extension());
    },
    network: () => log,
    clearNetwork() {
      log.requests.length = 0;
      log.navigated.clear();
    },
  };
}

interface PlaywrightTab extends Tab {
  readonly page: Page;
}

function wrap(page: Page, navigated: (url: string) => void): PlaywrightTab {
  const first = (selector: string) => page.locator(selector).first();
  return {
    page,
    async goto(url) {
      navigated(url);
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    count: (selector) => page.locator(selector).count(),
    text: async (selector) => ((await page.locator(selector).count()) ? first(selector).textContent() : null),
    attr: async (selector, name) => ((await page.locator(selector).count()) ? first(selector).getAttribute(name) : null),
    value: async (selector) => ((await page.locator(selector).count()) ? first(selector).inputValue() : ''),
    async waitFor(selector, { timeout = 10_000, state = 'visible' } = {}) {
      await first(selector).waitFor({ timeout, state });
    },
    async click(selector, { hasText } = {}) {
      await page.locator(selector, hasText === undefined ? {} : { hasText }).first().click();
    },
    async fill(selector, value) {
      await first(selector).fill(value);
    },
    async press(selector, key) {
      await first(selector).press(key);
    },
    async select(selector, value) {
      await first(selector).selectOption(value);
    },
    async upload(selector, file) {
      await first(selector).setInputFiles(file);
    },
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<T>,
    wait: (ms) => page.waitForTimeout(ms),
    view: () => handoffView(page),
    close: () => page.close(),
  };
}
