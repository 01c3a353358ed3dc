import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { confirmJiraSite } from '../support/jira-site';
import { playwrightDriver } from '../support/playwright-driver';
import type { Driver } from '../journeys/driver';
import { importBackupJourney } from '../journeys/import-backup.journey';
import { backgroundRestartJourney } from '../journeys/background-restart.journey';

let browser: ExtensionBrowser;
let driver: Driver;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  driver = playwrightDriver(browser);
});
afterAll(async () => {
  await browser?.close();
});

// Inside the sidebar's closed shadow root: the content script's world (test/support/handoff-view.ts).
const dealName = async (page: Page) => (await handoffView(page)).text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]');

describe('foundation, end to end in Chromium', () => {
  it('loads the extension with content scripts on the real host URLs only', async () => {
    const page = await browser.openOptions();
    const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    await page.close();
  });

  it(importBackupJourney.name, () => importBackupJourney.run(driver));

  it('shows an edit made in the options page in an already-open replica tab, without reload', async () => {
    const jira = await browser.open('https://acme.atlassian.net/browse/NW-1');
    await confirmJiraSite(jira);
    await expect.poll(() => dealName(jira), { timeout: 10_000 }).toBe('Acme data platform rollout');
    let navigations = 0;
    jira.on('framenavigated', () => navigations++);

    const options = await browser.openOptions('deals/acme-platform');
    const editor = options.locator('[data-handoff-options="deal-editor"]');
    await editor.locator('[data-field="name"]').fill('Acme platform, phase 1');
    // Validated as typed: a bad currency disables Save and says why.
    await editor.locator('[data-field="value.currency"]').fill('dollars');
    await expect.poll(() => editor.locator('[data-handoff-options="save-deal"]').isDisabled()).toBe(true);
    await expect.poll(() => editor.textContent()).toContain('3-letter currency code');
    await editor.locator('[data-field="value.currency"]').fill('USD');
    const started = Date.now();
    await editor.locator('[data-handoff-options="save-deal"]').click();
    await expect.poll(() => dealName(jira), { timeout: 1_000, interval: 50 }).toBe('Acme platform, phase 1');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(navigations).toBe(0);
    await jira.close();
    await options.close();
  });

  // The worker stopped as Chrome stops it when idle (test/support/browser.ts, stopServiceWorker).
  it(backgroundRestartJourney.name, () => backgroundRestartJourney.run(driver));
});
