import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { TEST_TOKEN } from '../support/fake-hubspot/connect';
import type { FakeHubSpot } from '../support/fake-hubspot/server';
import { touchDeal } from '../support/fake-hubspot/store';
import { DEMO_DEALS } from './hubspot-deals';

interface Status { state: string; words: string }

async function until(browser: ExtensionBrowser, options: Page, done: (s: Status) => boolean): Promise<Status> {
  for (let i = 0; i < 600; i++) {
    const [s] = await browser.send<Status[]>(options, 'crm.status', {});
    if (done(s!)) return s!;
    await options.waitForTimeout(100);
  }
  throw new Error('demo: the HubSpot sync did not finish');
}

/**
 * The demo's CRM part: connects the local fake HubSpot (at api.hubapi.com
 * for the browser) in Options → CRM, as a PM does (the token typed, Connect
 * pressed), waits for the first sync, then wins one deal in "HubSpot" and
 * syncs again, so the newly-signed notification shows. Returns the CRM page.
 */
export async function connectDemoHubSpot(browser: ExtensionBrowser, options: Page, server: FakeHubSpot): Promise<Page> {
  const crm = await browser.openOptions('crm');
  await crm.locator('input[type=password][data-handoff="crm-hubspot-token"]').fill(TEST_TOKEN);
  await crm.locator('[data-handoff="crm-connect"][data-crm="hubspot"]').click();
  const first = await until(browser, options, (s) => s.state !== 'syncing' && s.state !== 'not-connected');
  console.log(`demo: ${first.words}`);
  const won = server.store.deals.find((d) => d.properties.dealname === DEMO_DEALS[0]!.name)!;
  touchDeal(server.store, won.id, Date.now(), { dealstage: 'closedwon', closedate: new Date().toISOString() });
  await browser.send(options, 'crm.sync', { source: 'hubspot' });
  await until(browser, options, (s) => s.state !== 'syncing');
  console.log(`demo: "${DEMO_DEALS[0]!.name}" was just won in HubSpot: Handoff shows the newly-signed notification with its terms.`);
  return crm;
}
