import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, ExtensionBrowser } from '../support/browser';
import { confirmJiraSite } from '../support/jira-site';
import { sampleBackupText } from '../support/sample';
import { median, percentile, type BenchRow, type BenchSuite } from './types';

const LOADS = 10;
const CARDS = 300;
const BOARD = `https://acme.atlassian.net/jira/software/c/projects/NW/boards/1?cards=${CARDS}`;

/**
 * Page-world probe: when the board's Nth card is in the DOM, and when the
 * Nth badge is. The badge's root is closed (issue 13), so the page sees its
 * host only: a host with `data-level` has been painted, since updateBadge
 * sets the level and fills the label in the same task, before any observer
 * runs. Counted from added nodes, so the probe itself stays cheap.
 */
const PROBE = `
(() => {
  const N = ${CARDS};
  const probe = (window.__probe = { cardsAt: 0, paintedAt: 0, badgesAt: 0, cards: 0, badges: 0 });
  const CARD = '[data-testid="platform-board-kit.ui.card.card"]';
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        if (n.getAttribute('data-handoff') === 'badge') {
          if (n.hasAttribute('data-level') && ++probe.badges === N) probe.badgesAt = now;
        } else if (!probe.cardsAt) {
          probe.cards += (n.matches(CARD) ? 1 : 0) + n.querySelectorAll(CARD).length;
          if (probe.cards >= N) {
            probe.cardsAt = now;
            // The first task after the next frame: the cards are on screen.
            requestAnimationFrame(() => setTimeout(() => (probe.paintedAt = performance.now()), 0));
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
`;

export const suite: BenchSuite = {
  name: 'jira',
  async run(): Promise<BenchRow[]> {
    const gzip = gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts/jira.js'))).length / 1024;
    const browser = await ExtensionBrowser.launch();
    try {
      const options = await browser.openOptions();
      await browser.seed(options, sampleBackupText());
      // The PM allows the sample's Jira site once, from its sidebar (issue 13).
      const issue = await browser.open('https://acme.atlassian.net/browse/NW-1');
      await confirmJiraSite(issue);
      await issue.close();
      // Counts jira.badges messages in the worker (a listener that never answers).
      const worker = browser.worker();
      await worker?.evaluate(() => {
        const g = globalThis as unknown as { __badgeCalls: number[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; payload?: { issueKeys?: string[] } }) => void): void } } } };
        g.__badgeCalls = [];
        g.chrome.runtime.onMessage.addListener((m) => {
          if (m?.type === 'jira.badges') g.__badgeCalls.push(m.payload?.issueKeys?.length ?? 0);
        });
      });
      const latencies: number[] = [];
      const afterPaint: number[] = [];
      const hostRender: number[] = [];
      const messages: number[] = [];
      const page = await browser.context.newPage();
      await page.addInitScript(PROBE);
      for (let i = 0; i < LOADS; i++) {
        await worker?.evaluate(() => ((globalThis as unknown as { __badgeCalls: number[] }).__badgeCalls = []));
        await page.goto(BOARD);
        await page.waitForFunction(() => (window as unknown as { __probe: { badgesAt: number } }).__probe.badgesAt > 0, undefined, { timeout: 15_000 });
        await page.waitForFunction(() => (window as unknown as { __probe: { paintedAt: number } }).__probe.paintedAt > 0, undefined, { timeout: 15_000 });
        const p = (await page.evaluate('window.__probe')) as { cardsAt: number; paintedAt: number; badgesAt: number };
        latencies.push(p.badgesAt - p.cardsAt);
        afterPaint.push(Math.max(0, p.badgesAt - p.paintedAt));
        hostRender.push(p.paintedAt - p.cardsAt);
        await page.waitForTimeout(100);
        if (worker) messages.push(((await worker.evaluate(() => (globalThis as unknown as { __badgeCalls: number[] }).__badgeCalls)) as number[]).length);
        if (process.env.BENCH_DEBUG) console.error(`load ${i}: ${(p.badgesAt - p.cardsAt).toFixed(1)} ms (page render ${(p.paintedAt - p.cardsAt).toFixed(1)} ms)`);
      }
      const rows: BenchRow[] = [
        // Informational: from the 300th card's insertion, which includes the
        // page's own ~190 ms frame of laying out its cards (row below).
        { suite: 'jira', name: `${CARDS} card nodes inserted → ${CARDS} badges shown (${LOADS} loads)`, median: median(latencies), unit: 'ms', extra: { p90: percentile(latencies, 90), max: Math.max(...latencies) } },
        // The page's own first frame with 300 new cards (style, layout, paint;
        // no GPU here) comes before any reply from the background can be read.
        // The budget (issue 5): badges ≤ 100 ms after the cards render.
        { suite: 'jira', name: `${CARDS} cards rendered (first frame with them) → ${CARDS} badges shown`, median: median(afterPaint), unit: 'ms', extra: { p90: percentile(afterPaint, 90) }, budget: 100 },
        { suite: 'jira', name: `the page's own frame with ${CARDS} new cards (incl. Handoff's scan of them)`, median: median(hostRender), unit: 'ms', extra: { p90: percentile(hostRender, 90) } },
        { suite: 'jira', name: 'Jira content script, gzip', median: gzip, unit: 'KB', budget: 50 },
      ];
      if (messages.length) rows.push({ suite: 'jira', name: `jira.badges messages per ${CARDS}-card board load`, median: median(messages), unit: 'count', extra: { max: Math.max(...messages) }, budget: 1, budgetOn: 'max' });
      return rows;
    } finally {
      await browser.close();
    }
  },
};
