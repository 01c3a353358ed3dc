import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithFakeHubSpot } from '../support/crm-browser';
import { handoffView } from '../support/handoff-view';
import { SAMPLE_BACKUP_PATH } from '../support/sample';
import { ensureChromium } from '../support/ensure-chromium';
import { connectDemoHubSpot } from './crm';
import { seedDemoDeals } from './hubspot-deals';
import { DEMO_PAGES } from './pages';

/**
 * `npm run demo`: Chromium with the built extension, the sample backup
 * imported through the options page, a (local, fake) HubSpot account
 * connected and synced, and the three replica hosts open in tabs.
 * `-- --screenshots DIR`: the same, headless, one PNG per host and one of
 * the options page's CRM section.
 */
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
let shotsDir = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'screenshots') : null;

if (!shotsDir && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  // No screen to open a window on (a server or container): show the same
  // thing as pictures instead of failing.
  shotsDir = resolve('out/demo');
  console.log(`demo: no display here, so the browser runs headless and writes screenshots to ${shotsDir}.`);
  console.log('demo: for a window, run "xvfb-run -a npm run demo" with a VNC viewer, or run it on a desktop.');
}

ensureChromium();

// HubSpot is the fake one (test/support/fake-hubspot), answering at api.hubapi.com for this browser only.
const { browser, server } = await launchWithFakeHubSpot({ deals: 0, headless: Boolean(shotsDir) });
seedDemoDeals(server.store);
try {
  const options = await browser.openOptions('data');
  await options.locator('input[type=file][data-handoff="import"]').setInputFiles(fileURLToPath(SAMPLE_BACKUP_PATH));
  await options.locator('[data-handoff="import-result"]').filter({ hasText: /added/i }).waitFor({ timeout: 10_000 });
  // The demo user is the PM of the sample data: their company's domain never links.
  await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });
  console.log(`demo: imported ${SAMPLE_BACKUP_PATH.pathname}`);
  const crm = await connectDemoHubSpot(browser, options, server);
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    await crm.screenshot({ path: resolve(shotsDir, 'options-crm.png'), fullPage: true });
    console.log(`demo: options → CRM → ${resolve(shotsDir, 'options-crm.png')}`);
  }

  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  for (const { host, url, shows } of DEMO_PAGES) {
    const page = await browser.open(url);
    await page.locator('[data-handoff="sidebar"]').waitFor({ state: 'attached', timeout: 15_000 });
    // The panel is inside a closed shadow root: look from the content script's world.
    const view = await handoffView(page);
    await view.waitFor('[data-handoff="sidebar"] >> [data-handoff-panel]', { timeout: 15_000 });
    if (shotsDir) {
      // Let the sidebar finish its first render.
      await view.waitFor('[data-handoff="sidebar"] >> [data-handoff-panel]:not([data-state="loading"])', { timeout: 15_000 });
      if (shows) await view.waitFor(shows, { timeout: 15_000 });
      const file = resolve(shotsDir, `${host}.png`);
      await page.screenshot({ path: file });
      console.log(`demo: ${host} → ${file}`);
    } else {
      console.log(`demo: ${host} open at ${url}`);
    }
  }
  if (!shotsDir) {
    await options.bringToFront();
    console.log('demo: running; close the browser window to stop.');
    await new Promise<void>((r) => browser.context.once('close', () => r()));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
