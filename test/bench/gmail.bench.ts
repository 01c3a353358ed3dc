import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { sampleBackupText } from '../support/sample';
import { median, percentile, type BenchRow, type BenchSuite } from './types';

const OPENS = 30;
export const THREADS = ['FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd', 'FMfcgzQXLpQwErTyUiOpAsDfGhJkLzXc', 'FMfcgzQXPoIuYtReWqAsDfGhJkLmNbVc'];

/**
 * Page-world probe: when a thread's subject appears; plus every long task.
 * When the sidebar shows a deal name after it is watched from Handoff's
 * content-script world (SHOWN), since the panel's root is closed (issue 13).
 */
export const PROBE = `
(() => {
  const probe = (window.__probe = { opened: [], longTasks: [] });
  // Headless Chromium reports no 'longtask' entries, so a heartbeat finds
  // them: a gap between two 1 ms ticks is a task that held the main thread
  // (content scripts share it with the page).
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 50) probe.longTasks.push({ at: last, ms: now - last });
    last = now;
  }, 1);
  let lastSubject = null;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => {
      const h = document.querySelector('h2.hP');
      if (h && h !== lastSubject) {
        lastSubject = h;
        probe.opened.push(performance.now());
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
`;

/**
 * Runs in the content script's world (test/support/handoff-view.ts), where
 * the panel's closed root opens: the time a deal name first shows for each
 * opened subject. Same document, same clock as the page-world probe.
 */
export function SHOWN(): void {
  const g = globalThis as unknown as { __shown?: number[]; chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } };
  if (g.__shown) return;
  const shown: number[] = (g.__shown = []);
  const watched = new WeakSet<ShadowRoot>();
  const counted = new WeakSet<Element>();
  const check = () => {
    const host = document.querySelector('[data-handoff="sidebar"]');
    const root = host instanceof HTMLElement ? g.chrome.dom.openOrClosedShadowRoot(host) : null;
    if (root && !watched.has(root)) {
      watched.add(root);
      new MutationObserver(check).observe(root, { childList: true, subtree: true });
    }
    const subject = document.querySelector('h2.hP');
    if (subject && !counted.has(subject) && root?.querySelector('[data-handoff-field="deal-name"]')) {
      counted.add(subject);
      shown.push(performance.now());
    }
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  check();
}

export const suite: BenchSuite = {
  name: 'gmail',
  async run(): Promise<BenchRow[]> {
    const gzip = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts/gmail.js'))).length / 1024;
    const browser = await ExtensionBrowser.launch();
    try {
      const options = await browser.openOptions();
      await browser.seed(options, sampleBackupText());
      await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io' } });
      const page = await browser.context.newPage();
      await page.addInitScript(PROBE);
      await page.goto('https://mail.google.com/mail/u/0/#inbox');
      await page.locator('tr.zA').first().waitFor();
      const view = await handoffView(page);
      for (let i = 0; i < 200 && (await view.contextId()) === null; i++) await page.waitForTimeout(50);
      await view.evaluate(SHOWN);
      const shownCount = () => view.evaluate(() => (globalThis as unknown as { __shown: number[] }).__shown.length);
      const latencies: number[] = [];
      let worstTask = 0;
      for (let i = 0; i < OPENS; i++) {
        const before = await shownCount();
        await page.evaluate((t) => (location.hash = `#inbox/${t}`), THREADS[i % THREADS.length]!);
        for (const until = Date.now() + 10_000; (await shownCount()) <= before; await page.waitForTimeout(20)) {
          if (Date.now() > until) throw new Error(`open ${i}: no deal name shown within 10 s`);
        }
        const p = (await page.evaluate('window.__probe')) as { opened: number[]; longTasks: Array<{ at: number; ms: number }> };
        const shownAt = await view.evaluate(() => (globalThis as unknown as { __shown: number[] }).__shown);
        const opened = p.opened[p.opened.length - 1]!;
        const shown = shownAt[shownAt.length - 1]!;
        latencies.push(shown - opened);
        for (const t of p.longTasks) if (t.at >= opened - 5 && t.at <= shown + 50) { worstTask = Math.max(worstTask, t.ms); if (process.env.BENCH_DEBUG) console.error(`open ${i}: task ${t.ms.toFixed(0)} ms`); }
        await page.evaluate(() => (location.hash = '#inbox'));
        await page.locator('tr.zA').first().waitFor();
        await page.waitForTimeout(50);
      }
      return [
        { suite: 'gmail', name: `sidebar shows the deal after the thread's DOM appears (${OPENS} opens)`, median: median(latencies), unit: 'ms', extra: { p90: percentile(latencies, 90) }, budget: 100 },
        { suite: 'gmail', name: `longest main-thread task while a thread opens (max of ${OPENS})`, median: worstTask, unit: 'ms', budget: 50 },
        { suite: 'gmail', name: 'Gmail content script, gzip', median: gzip, unit: 'KB', budget: 50 },
      ];
    } finally {
      await browser.close();
    }
  },
};
