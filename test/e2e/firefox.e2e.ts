import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEYS, resetTo } from '../journeys';
import { SOW_THREAD } from '../journeys/gmail.journey';
import { launchFirefoxDriver, type FirefoxDriver } from '../support/firefox/driver';
import { startFakeSalesforce } from '../support/fake-salesforce/server';
import { sampleBackupText } from '../support/sample';

/**
 * The core journeys (test/journeys) in Firefox ESR: puppeteer-core over
 * WebDriver BiDi, the Firefox build installed as a temporary add-on, the
 * replicas served at the real URLs (test/support/firefox/browser.ts). One
 * browser for all of them; each starts from the store state it names. Then
 * what only Firefox does differently.
 *
 * The event page's idle timeout is 1 s here (Firefox's default: 30 s), so it
 * is unloaded between most steps of every journey, not only where the
 * restart journey waits for it.
 */
let d: FirefoxDriver;
beforeAll(async () => {
  d = await launchFirefoxDriver({ backgroundIdleMs: 1_000 });
}, 60_000);
afterAll(async () => {
  await d?.close();
});

const DEAL_NAME = '[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]';
const backgroundRunning = () => d.inExtension(() => !!(globalThis as unknown as { browser: { extension: { getBackgroundPage(): unknown } } }).browser.extension.getBackgroundPage());

describe('the core journeys in Firefox ESR', () => {
  for (const journey of JOURNEYS) {
    it(journey.name, async () => {
      await resetTo(d, journey.start);
      await journey.run(d);
    });
  }
});

describe('what Firefox does differently', () => {
  it('the event page unloads when idle, a content script’s message wakes it, and it finds what was written before', async () => {
    await resetTo(d, { sample: true, ownEmail: 'sam.lee@northwind.io' });
    const deal = await d.send<Record<string, unknown>>('deals.get', { id: 'acme-platform' });
    await d.send('deals.save', { deal: { ...deal, name: 'Acme, written before the unload' } });
    await d.stopBackground();
    expect(await backgroundRunning()).toBe(false);
    // Nothing of the extension's pages asks for anything now: the Gmail content script's lookup is what wakes it.
    const gmail = await d.open(SOW_THREAD);
    const view = await gmail.view();
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 10_000 }).toBe('Acme, written before the unload');
    await expect.poll(() => view.attr('[data-handoff="flag"]', 'data-label')).toBe('pre-contract-work');
    await gmail.close();
  });

  it('closed shadow roots: the page sees none; the extension’s content-script sandbox (tabs.executeScript) opens them', async () => {
    await resetTo(d, { sample: true });
    const asana = await d.open('https://app.asana.com/0/1208812345678901/1208812345679001');
    const view = await asana.view();
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 10_000 }).toBe('Acme data platform rollout');
    expect(await asana.evaluate(() => ({ host: !!document.querySelector('[data-handoff="sidebar"]'), root: document.querySelector('[data-handoff="sidebar"]')?.shadowRoot ?? null }))).toEqual({ host: true, root: null });
    // The world the view reads in is the content script's: it has the extension API, and its own `shadowRoot` is null too.
    expect(
      await view.evaluate(() => ({
        api: typeof (globalThis as unknown as { browser?: { runtime?: { sendMessage?: unknown } } }).browser?.runtime?.sendMessage,
        shadowRoot: document.querySelector('[data-handoff="sidebar"]')?.shadowRoot ?? null,
      })),
    ).toEqual({ api: 'function', shadowRoot: null });
    await asana.close();
  });

  it('self-hosted Jira: Add asks for that host (a real click), the script is registered there, Remove gives the permission back', async () => {
    const ORIGIN = 'https://jira.example.com';
    await resetTo(d, { sample: false });
    await d.send('backup.import', { text: sampleBackupText().replaceAll('https://acme.atlassian.net', ORIGIN), fileName: 'self-hosted.json' });
    const hasHost = () => d.inExtension((o, api) => api.permissions.contains({ origins: [`${o}/*`] }), ORIGIN);
    expect(await hasHost()).toBe(false);
    const before = await d.open(`${ORIGIN}/browse/OPS-17`);
    await before.waitFor('#summary-val');
    await before.wait(500);
    expect(await before.count('[data-handoff="sidebar"]')).toBe(0);
    await before.close();

    const opts = await d.openOptions('settings');
    const panel = '[data-handoff-options="jira-hosts-panel"]';
    // Loaded (a field typed into before then is drawn anew, empty).
    await opts.waitFor(`${panel} [data-handoff-options="jira-hosts-empty"]`);
    await opts.fill(`${panel} [data-handoff-options="jira-host-input"]`, `${ORIGIN}/secure/Dashboard.jspa`);
    await opts.click(`${panel} [data-handoff-options="jira-host-add"]`);
    await expect.poll(() => opts.attr(`${panel} [data-handoff-options="jira-hosts"] li`, 'data-origin'), { timeout: 10_000 }).toBe(ORIGIN);
    expect(await hasHost()).toBe(true);

    const page = await d.open(`${ORIGIN}/browse/OPS-17`);
    await expect.poll(async () => (await page.view()).text(DEAL_NAME), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await expect.poll(() => page.attr('[data-handoff="badge"]', 'data-level'), { timeout: 10_000 }).toBe('danger');
    await page.close();

    await opts.click(`${panel} [data-handoff-options="jira-host-remove"]`);
    await expect.poll(() => opts.count(`${panel} [data-handoff-options="jira-hosts-empty"]`)).toBe(1);
    expect(await hasHost()).toBe(false);
    const after = await d.open(`${ORIGIN}/browse/OPS-17`);
    await after.waitFor('#summary-val');
    await after.wait(800);
    expect(await after.count('[data-handoff="sidebar"]')).toBe(0);
    expect(await after.count('[data-handoff="badge"]')).toBe(0);
    await after.close();
    await opts.close();
  });

  it('Salesforce: Options shows Firefox’s own callback URL (not chromiumapp.org), and Connect signs in with it against the fake org at its real host', async () => {
    const HOST = 'acme.my.salesforce.com';
    await resetTo(d, { sample: false });
    const org = await startFakeSalesforce({ opportunities: 30, baseMs: Date.now() - 3 * 86_400_000 });
    try {
      // The fake org at its real name: Firefox's proxy tunnels that host to it (test/support/firefox/proxy.ts).
      d.ff.proxy.tunnel(HOST, org.port);
      const crm = await d.openOptions('crm');
      const callback = '[data-handoff-options="crm-salesforce-admin"] [data-handoff="crm-salesforce-callback"]';
      await crm.waitFor(callback);
      const shown = await crm.text(callback);
      expect(shown).toBe(await d.inExtension((_, api) => api.identity!.getRedirectURL()));
      expect(shown).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
      // The only callback URL the org's app accepts, as its admin entered it from that box.
      org.store.oauth.callbackUrl = shown;
      await crm.fill('[data-handoff="crm-salesforce-domain"]', `https://${HOST}/lightning/page/home`);
      await crm.fill('[data-handoff="crm-salesforce-client-id"]', org.store.oauth.consumerKey);
      // A real click: it asks for the My Domain host (`identity` is already required in Firefox, wxt.config.ts).
      await crm.click('[data-handoff="crm-connect"][data-crm="salesforce"]');
      await expect.poll(() => crm.attr('[data-handoff="crm-status"][data-crm="salesforce"]', 'data-state'), { timeout: 30_000 }).toBe('synced');
      expect(await d.inExtension((o, api) => api.permissions.contains({ origins: [o] }), `https://${HOST}/*`)).toBe(true);
      // Firefox's sign-in asked the org with its own redirect URL, caught the redirect back to it, and traded the code.
      expect(org.log.filter((r) => r.path === '/services/oauth2/authorize').map((r) => r.query.redirect_uri)).toEqual([shown]);
      expect(org.log.some((r) => r.path === '/services/oauth2/token')).toBe(true);
      await crm.close();
    } finally {
      await d.send('data.deleteAll', { confirm: 'delete all data' });
      await org.stop();
    }
  }, 60_000);

  it('the network recorder sees what the event page fetches (no tab’s interception does)', async () => {
    d.clearNetwork();
    await d.send('ping', {});
    await d.inExtension(async () => {
      const page = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): { fetch: typeof fetch } | null } } }).browser.extension.getBackgroundPage();
      await page?.fetch('https://example.org/handoff-recorder-probe').catch(() => {});
    });
    expect(d.network().requests).toEqual([{ url: 'https://example.org:443', from: 'no tab (the event page or Firefox itself)' }]);
  });
});
