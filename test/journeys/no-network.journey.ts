import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DEMO_PAGES } from '../demo/pages';
import { SAMPLE_BACKUP_PATH } from '../support/sample';
import type { Journey, WebRequest } from './driver';

const strip = (url: string) => url.split('#')[0]!;

/**
 * Privacy (issue 9, item 4): during a demo-like run (import the sample
 * backup through the options page, open the three replicas, use the sidebar
 * and the popup) every web request is a replica page the test itself opened,
 * asked for by that page. The extension's own contexts (its pages, its
 * background, its content scripts) ask for nothing on the network.
 */
export const noNetworkJourney: Journey = {
  name: 'makes no request of its own during a demo run',
  start: { sample: false },
  async run(d) {
    d.clearNetwork();
    const options = await d.openOptions('data');
    await options.upload('input[type=file][data-handoff="import"]', fileURLToPath(SAMPLE_BACKUP_PATH));
    await expect.poll(() => options.text('[data-handoff="import-result"]'), { timeout: 10_000 }).toMatch(/added/i);
    await d.send('settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });

    for (const { host, url } of DEMO_PAGES) {
      const page = await d.open(url);
      // Inside the sidebar's closed shadow root: the content script's world.
      const view = await page.view();
      await view.waitFor('[data-handoff="sidebar"] >> [data-handoff-panel]:not([data-state="loading"])', { timeout: 15_000 });
      if (host === 'gmail') {
        const flag = '[data-handoff="sidebar"] >> [data-handoff="flag"]';
        await view.waitFor(flag, { timeout: 10_000 });
        await view.click(`${flag} >> [data-handoff-action="log"]`);
        await expect.poll(() => view.attr(flag, 'data-status')).toBe('logged');
        // In-app navigation: the replica changes its hash, no new load.
        await page.evaluate(() => void (location.hash = '#inbox'));
        await page.waitFor('tr.zA');
      }
      // Collapse the sidebar (it stays collapsed across hosts once it is).
      const collapse = '[data-handoff="sidebar"] >> [data-handoff-action="collapse"]';
      if (await view.count(collapse)) await view.click(collapse);
      const popup = await d.openPopupOver(page);
      const form = 'form[data-handoff="quick-log"]';
      await popup.waitFor(form);
      // The form is ready once it focused its summary (a field typed into before then loses the focus to it).
      await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('summary');
      await popup.fill(`${form} [data-field="from.email"]`, 'marco.bianchi@northwind.io');
      await popup.fill(`${form} [data-field="summary"]`, `Privacy run: asked on ${host}`);
      await popup.press(`${form} [data-field="summary"]`, 'Enter');
      await expect.poll(() => popup.text('[data-handoff="request-list"]'), { timeout: 10_000 }).toContain(`asked on ${host}`);
      await popup.close();
      await page.close();
    }
    await options.reload();
    await options.waitFor('[data-handoff-options="requests-table"] tbody tr', { state: 'attached', timeout: 10_000 });
    await options.wait(1000);

    const log = d.network();
    // The test's own: a page the test opened, asked for by a page (no extension page, no background).
    const fromPage = (r: WebRequest) => /^https?:/.test(r.from) && !r.from.startsWith(log.extensionOrigin);
    const notTheTests = log.requests.filter((r) => !(fromPage(r) && log.navigated.has(strip(r.url))));
    console.log(
      `privacy (${d.browserName}): ${log.requests.length} web requests, ${log.navigated.size} navigations by the test; ${notTheTests.length} not the test's own\n` +
        notTheTests.map((r) => `  ${r.url.slice(0, 200)} from ${r.from.slice(0, 120)}`).join('\n'),
    );
    // Sanity: the recorder works (each replica page went through it).
    for (const { url } of DEMO_PAGES) expect(log.requests.some((r) => strip(r.url) === strip(url))).toBe(true);
    expect(notTheTests).toEqual([]);
    await options.close();
  },
};
