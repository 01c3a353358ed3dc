import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { SAMPLE_BACKUP_PATH } from '../support/sample';
import { DEMO_PAGES } from '../demo/pages';

/**
 * Privacy (issue 9, item 4): during a demo-like run (import the sample
 * backup through the options page, open the three replicas, use the
 * sidebar and the popup, export a backup) every network request is one of
 * the replica pages the test itself navigated to. The extension's own
 * contexts (its pages, its service worker, its content scripts' fetches
 * from the hosts' pages) make none.
 */

interface Seen {
  url: string;
  /** Frame URL (routed requests) or the context that made it. */
  from: string;
  via: 'route' | 'context' | 'service-worker';
}

const seen: Seen[] = [];
/** URLs the test navigates a tab to itself. */
const navigated = new Set<string>();
let browser: ExtensionBrowser;

const strip = (url: string) => url.split('#')[0]!;

beforeAll(async () => {
  browser = await ExtensionBrowser.launch({ onRequest: (url, from) => seen.push({ url, from, via: 'route' }) });
  // Also every request Playwright reports, service workers' included
  // (Chromium reports the worker's requests on the context), whatever the scheme.
  browser.context.on('request', (r) => {
    const worker = r.serviceWorker();
    seen.push({
      url: r.url(),
      from: worker ? worker.url() : (() => { try { return r.frame().url(); } catch { return ''; } })(),
      via: worker ? 'service-worker' : 'context',
    });
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function go(url: string): Promise<Page> {
  navigated.add(strip(url));
  return browser.open(url);
}

describe('privacy', () => {
  it('makes no request of its own during a demo run', async () => {
    const options = await browser.openOptions('data');
    await options.locator('input[type=file][data-handoff="import"]').setInputFiles(fileURLToPath(SAMPLE_BACKUP_PATH));
    await options.locator('[data-handoff="import-result"]').filter({ hasText: /added/i }).waitFor({ timeout: 10_000 });
    await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });

    for (const { host, url } of DEMO_PAGES) {
      const page = await go(url);
      // Inside the sidebar's closed shadow root: the content script's world (test/support/handoff-view.ts).
      const view = await handoffView(page);
      await view.waitFor('[data-handoff="sidebar"] >> [data-handoff-panel]:not([data-state="loading"])', { timeout: 15_000 });
      if (host === 'gmail') {
        const flag = '[data-handoff="sidebar"] >> [data-handoff="flag"]';
        await view.waitFor(flag, { timeout: 10_000 });
        await view.click(`${flag} >> [data-handoff-action="log"]`);
        await expect.poll(() => view.attr(flag, 'data-status')).toBe('logged');
        // In-app navigation: the replica changes its hash, no new load.
        await page.evaluate(() => (location.hash = '#inbox'));
        await page.locator('tr.zA').first().waitFor();
      }
      await view.click('[data-handoff="sidebar"] >> [data-handoff-action="collapse"]', { timeout: 5_000 }).catch(() => {});
      const popup = await browser.openPopupOver(page);
      const form = popup.locator('form[data-handoff="quick-log"]');
      await form.waitFor();
      await form.locator('[data-field="from.email"]').fill('marco.bianchi@northwind.io');
      await form.locator('[data-field="summary"]').fill(`Privacy run: asked on ${host}`);
      await form.locator('[data-field="summary"]').press('Enter');
      await expect.poll(() => popup.locator('[data-handoff="request-list"]').textContent(), { timeout: 10_000 }).toContain(`asked on ${host}`);
      await popup.close();
    }

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-handoff="export"]').click(),
    ]);
    expect(await download.path()).toBeTruthy();
    await options.reload();
    await options.locator('[data-handoff-options="requests-table"] tbody tr').first().waitFor({ state: 'attached', timeout: 10_000 });
    await options.waitForTimeout(1000);

    const isWeb = (u: string) => /^(https?|wss?):/i.test(u);
    const fromExtension = seen.filter((s) => s.via === 'service-worker' || s.from.startsWith('chrome-extension://') || (isWeb(s.url) && !navigated.has(strip(s.url))));
    const web = seen.filter((s) => isWeb(s.url));
    console.log(
      `privacy: ${seen.length} requests seen (${web.length} web), ${navigated.size} navigations by the test; ${fromExtension.length} not the test's own\n` +
        fromExtension.map((s) => `  ${s.via} ${s.url.slice(0, 200)} from ${s.from.slice(0, 120)}`).join('\n'),
    );
    // Sanity: the recorder works (each replica page went through it).
    for (const { url } of DEMO_PAGES) expect(web.some((s) => strip(s.url) === strip(url))).toBe(true);
    // The extension's own pages load their files from chrome-extension:// (not network); anything else from them is a request.
    // blob:/data: (the backup download) never reach the network either.
    const local = (u: string) => u.startsWith(`chrome-extension://${browser.extensionId}/`) || /^(blob|data):/i.test(u);
    const extensionRequests = fromExtension.filter((s) => !local(s.url));
    expect(extensionRequests).toEqual([]);
    await options.close();
  }, 180_000);
});
