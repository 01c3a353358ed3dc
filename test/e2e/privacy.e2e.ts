import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from '../support/browser';
import { playwrightDriver } from '../support/playwright-driver';
import type { Driver } from '../journeys/driver';
import { noNetworkJourney } from '../journeys/no-network.journey';

/**
 * Privacy (issue 9, item 4): the demo-like run of test/journeys (shared with
 * Firefox), then a backup exported, still with no request of the
 * extension's own. Playwright's request events on the context include the
 * service worker's.
 */
let browser: ExtensionBrowser;
let driver: Driver;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  driver = playwrightDriver(browser);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('privacy', () => {
  it(noNetworkJourney.name, () => noNetworkJourney.run(driver), 180_000);

  it('exports a backup without a request either', async () => {
    driver.clearNetwork();
    const options = await browser.openOptions('data');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-handoff="export"]').click()]);
    expect(await download.path()).toBeTruthy();
    await options.waitForTimeout(500);
    // blob: and data: (the download) are no web requests.
    expect(driver.network().requests).toEqual([]);
    await options.close();
  });
});
