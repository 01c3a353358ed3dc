import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../support/browser';
import { handoffView, type HandoffView } from '../../support/handoff-view';
import { PROBE, SHOWN, THREADS } from '../gmail.bench';

/**
 * Gmail with the sidebar watched as in gmail.bench.ts: from the moment a
 * thread's subject is in the DOM (page world) to the moment the sidebar
 * shows a deal name (content-script world, same clock).
 */
export interface GmailBench {
  page: Page;
  /** Opens the next thread; with `cold`, the worker is stopped first (as Chrome does after 30 s idle). */
  open(cold: boolean): Promise<number>;
}

export async function openProbedGmail(browser: ExtensionBrowser): Promise<GmailBench> {
  const page = await browser.context.newPage();
  await page.addInitScript(PROBE);
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  await page.locator('tr.zA').first().waitFor();
  const view: HandoffView = await handoffView(page);
  for (let i = 0; i < 200 && (await view.contextId()) === null; i++) await page.waitForTimeout(50);
  await view.evaluate(SHOWN);
  const shown = () => view.evaluate(() => (globalThis as unknown as { __shown: number[] }).__shown);
  let opened = 0;
  return {
    page,
    async open(cold) {
      await page.evaluate(() => (location.hash = '#inbox'));
      await page.locator('tr.zA').first().waitFor();
      await page.waitForTimeout(150);
      if (cold) await browser.stopServiceWorker(page);
      const before = (await shown()).length;
      await page.evaluate((t) => (location.hash = `#inbox/${t}`), THREADS[opened++ % THREADS.length]!);
      for (const until = Date.now() + 20_000; (await shown()).length <= before; await page.waitForTimeout(20)) {
        if (Date.now() > until) throw new Error(`bench: no deal shown within 20 s (${cold ? 'cold' : 'warm'})`);
      }
      const p = (await page.evaluate('window.__probe')) as { opened: number[] };
      const at = await shown();
      return at[at.length - 1]! - p.opened[p.opened.length - 1]!;
    },
  };
}
