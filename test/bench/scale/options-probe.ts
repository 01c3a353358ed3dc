import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../support/browser';

/**
 * In the options page, from its own clock: when the first row of the deals
 * list is in the DOM (ms after the navigation started), and how long an
 * import chosen in the Data section took until its result showed. Set by
 * an init script, so it holds for every load of the page.
 */
const PROBE = `
(() => {
  const probe = (window.__scale = { firstRowAt: 0, importStart: 0, importEnd: 0, importName: '' });
  new MutationObserver(() => {
    if (!probe.firstRowAt && document.querySelector('#deals tr[data-deal-id]')) probe.firstRowAt = performance.now();
    if (probe.importStart && !probe.importEnd) {
      const result = document.querySelector('[data-handoff="import-result"][data-state="ok"]');
      if (result && result.textContent.includes(probe.importName)) probe.importEnd = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.dataset.handoff === 'import') probe.importStart = performance.now();
  }, true);
})();
`;

interface Probe {
  firstRowAt: number;
  importStart: number;
  importEnd: number;
  importName: string;
}

const probe = (page: Page) => page.evaluate('window.__scale') as Promise<Probe>;

export async function openProbedOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(browser.url('options.html#deals'));
  return page;
}

/** Reloads the options page and answers when its deals list showed a row: ms from navigation start. */
export async function reloadUntilList(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __scale?: Probe }).__scale?.firstRowAt, undefined, { timeout: 60_000, polling: 50 });
  return (await probe(page)).firstRowAt;
}

/** Chooses a backup file in the Data section and answers how long until "Imported NAME" showed. */
export async function importThroughPage(page: Page, name: string, text: string): Promise<number> {
  await page.evaluate((n) => Object.assign((window as unknown as { __scale: Probe }).__scale, { importStart: 0, importEnd: 0, importName: n }), name);
  await page.locator('input[data-handoff="import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => (window as unknown as { __scale: Probe }).__scale.importEnd, undefined, { timeout: 120_000, polling: 50 });
  const p = await probe(page);
  return p.importEnd - p.importStart;
}
