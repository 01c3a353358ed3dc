import type { ElementHandle, Page } from 'puppeteer-core';
import type { Tab } from '../../journeys/driver';
import type { ContentView } from '../content-view';
import { EXTENSION_ORIGIN, type FirefoxBrowser } from './browser';
import { firefoxView } from './view';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A journey's tab (test/journeys/driver.ts) over a puppeteer page in
 * Firefox. Reads run in the page's world; clicks and keys are BiDi input
 * actions (trusted events), aimed at the element's box as Playwright aims.
 */
export interface FirefoxTab extends Tab {
  readonly page: Page;
}

export function firefoxTab(ff: FirefoxBrowser, page: Page, extensionPage: () => Promise<Page>, navigated: (url: string) => void): FirefoxTab {
  let view: ContentView | undefined;

  /** The centre of the first visible match (or the first whose text has `hasText`), scrolled into view. */
  const aim = async (selector: string, hasText?: string, timeout = 10_000): Promise<{ x: number; y: number }> => {
    const until = Date.now() + timeout;
    for (;;) {
      const at = await page
        .evaluate(
          ({ selector, hasText }) => {
            for (const el of document.querySelectorAll(selector)) {
              if (hasText !== null && !(el.textContent ?? '').includes(hasText)) continue;
              // Instant, whatever the page's scroll-behavior: the box is read right after.
              el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
              const box = el.getBoundingClientRect();
              const x = box.left + box.width / 2;
              const y = box.top + box.height / 2;
              const inView = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
              if (box.width > 0 && box.height > 0 && inView && getComputedStyle(el).visibility !== 'hidden') return { x, y };
            }
            return null;
          },
          { selector, hasText: hasText ?? null },
        )
        .catch(() => null);
      if (at) return at;
      if (Date.now() > until) throw new Error(`firefox tab: no visible "${selector}"${hasText ? ` with "${hasText}"` : ''} after ${timeout} ms`);
      await pause(50);
    }
  };

  const tab: FirefoxTab = {
    page,
    async goto(url) {
      if (url.startsWith(EXTENSION_ORIGIN)) return ff.gotoExtensionPage(page, url.slice(EXTENSION_ORIGIN.length));
      navigated(url);
      await page.goto(url);
    },
    async reload() {
      if (ff.pageUrl(page).startsWith(EXTENSION_ORIGIN)) await ff.reloadExtensionPage(page);
      else await page.reload();
    },
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    attr: (selector, name) => page.evaluate(({ s, n }) => document.querySelector(s)?.getAttribute(n) ?? null, { s: selector, n: name }),
    value: (selector) => page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? '', selector),
    async waitFor(selector, { timeout = 10_000, state = 'visible' } = {}) {
      if (state === 'visible') {
        await aim(selector, undefined, timeout);
        return;
      }
      await page.waitForSelector(selector, { timeout });
    },
    async click(selector, { hasText } = {}) {
      const { x, y } = await aim(selector, hasText);
      await page.mouse.click(x, y);
    },
    async fill(selector, value) {
      await tab.click(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Delete');
    },
    async press(selector, key) {
      await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.focus(), selector);
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    async select(selector, value) {
      // As Playwright's selectOption: the value set, then input and change.
      await page.evaluate(
        ({ s, v }) => {
          const select = document.querySelector(s) as HTMLSelectElement;
          select.value = v;
          select.dispatchEvent(new Event('input', { bubbles: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { s: selector, v: value },
      );
    },
    async upload(selector, file) {
      const input = (await page.waitForSelector(selector, { timeout: 10_000 })) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<T>,
    wait: pause,
    view: async () => (view ??= firefoxView(page, extensionPage)),
    close: () => page.close(),
  };
  return tab;
}
