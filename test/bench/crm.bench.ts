import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { launchWithFakeHubSpot } from '../support/crm-browser';
import { TEST_TOKEN } from '../support/fake-hubspot/connect';
import type { FakeHubSpot } from '../support/fake-hubspot/server';
import { median, type BenchRow, type BenchSuite } from './types';

/**
 * Issue 16, item 7: the built extension's worker syncing from the fake
 * HubSpot at api.hubapi.com (test/support/crm-browser.ts). First sync of
 * 10,000 deals: requests and wall time from Connect to "synced"; then an
 * incremental pass with no change, which must cost one request per object
 * type (deals: one search). The worker's own rate limiter (100 requests per
 * 10 s, HubSpot's private-app limit) is in the wall time.
 */
const DEALS = 10_000;
const FIRST_RUNS = 3;
const INCREMENTAL_RUNS = 5;

interface Status { state: string; dealCount: number }

async function synced(browser: ExtensionBrowser, options: Page, count: number): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    const [s] = await browser.send<Status[]>(options, 'crm.status', {});
    if (s!.state === 'synced' && s!.dealCount === count) return;
    if (s!.state !== 'syncing' && s!.state !== 'synced') throw new Error(`bench: sync ended ${s!.state}`);
    await options.waitForTimeout(50);
  }
  throw new Error('bench: the sync did not finish in time');
}

/** One first sync in a fresh profile (a disconnect gives the host permission back, and only a relaunch can grant it again). */
async function firstSync(browser: ExtensionBrowser, server: FakeHubSpot, options: Page): Promise<{ ms: number; requests: number }> {
  server.reset();
  const started = performance.now();
  await browser.send(options, 'crm.connect', { source: 'hubspot', token: TEST_TOKEN });
  await synced(browser, options, DEALS);
  return { ms: performance.now() - started, requests: server.requests.length };
}

export const suite: BenchSuite = {
  name: 'crm',
  async run(): Promise<BenchRow[]> {
    const first: Array<{ ms: number; requests: number }> = [];
    for (let i = 1; i < FIRST_RUNS; i++) {
      const fresh = await launchWithFakeHubSpot({ deals: DEALS, baseMs: Date.now() - 86_400_000 });
      try {
        first.push(await firstSync(fresh.browser, fresh.server, await fresh.browser.openOptions()));
      } finally {
        await fresh.browser.close();
        await fresh.server.close();
      }
    }
    const { browser, server } = await launchWithFakeHubSpot({ deals: DEALS, baseMs: Date.now() - 86_400_000 });
    try {
      const options = await browser.openOptions();
      first.push(await firstSync(browser, server, options));
      const incremental: number[] = [];
      const incrementalMs: number[] = [];
      for (let i = 0; i < INCREMENTAL_RUNS; i++) {
        server.reset();
        const started = performance.now();
        await browser.send(options, 'crm.sync', { source: 'hubspot' });
        await synced(browser, options, DEALS);
        incrementalMs.push(performance.now() - started);
        incremental.push(server.requests.length);
      }
      const n = DEALS.toLocaleString('en');
      return [
        { suite: 'crm', name: `HubSpot first sync, ${n} deals: wall time (connect to synced)`, median: median(first.map((f) => f.ms)), unit: 'ms', budget: 60_000 },
        { suite: 'crm', name: `HubSpot first sync, ${n} deals: requests`, median: median(first.map((f) => f.requests)), unit: 'count', budget: 320 },
        { suite: 'crm', name: 'HubSpot incremental sync, no change: requests', median: median(incremental), unit: 'count', extra: { max: Math.max(...incremental) }, budget: 1, budgetOn: 'max' },
        { suite: 'crm', name: 'HubSpot incremental sync, no change: wall time', median: median(incrementalMs), unit: 'ms', budget: 2000 },
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
