import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { replicaFor } from '../../replicas';
import { startRecordingProxy, type RecordingProxy } from './proxy';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX = process.env.HANDOFF_FIREFOX ?? '/usr/bin/firefox-esr';
/** The add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'handoff@handoff.local';
/** Firefox makes a random moz-extension:// host per profile; this pref fixes it for the test profile. */
export const EXTENSION_UUID = '5f0a1c2e-7b3d-4e8f-9a6b-0c1d2e3f4a5b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxLaunchOptions {
  /** The event page's idle timeout (Firefox's default is 30 s). */
  backgroundIdleMs?: number;
  /** Every request a tab's interception handled, with the URL of the tab that made it. */
  onRequest?: (url: string, fromPage: string) => void;
}

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the
 * built Firefox extension installed as a temporary add-on
 * (`browser.installExtension`). Every tab's requests are intercepted: the
 * three hosts get their replicas at their real URLs, anything else is
 * refused. What no tab asks for (the event page's own requests, Firefox's)
 * goes to a recording proxy that refuses it (test/support/firefox/proxy.ts).
 *
 * Test-only settings, and why:
 * - `MOZ_REMOTE_ALLOW_SYSTEM_ACCESS`: BiDi refuses to navigate a tab to a
 *   moz-extension:// page without it; it also opens the privileged scope
 *   `privileged()` runs in (to grant permissions as the user would).
 * - `MOZ_REMOTE_SETTINGS_DEVTOOLS`: a release build ignores puppeteer's
 *   dummy Remote Settings server unless it is set, and would fetch its
 *   block lists from Mozilla (the proxy saw them).
 * - `extensions.webextOptionalPermissionPrompts: false`: `permissions.request`
 *   from a real click grants at once (headless Firefox shows its prompt where
 *   nobody can answer it); the extension's own request code still runs.
 * - `browser.chrome.site_icons: false`: Firefox fetches no favicon of its own.
 * - `browser.formfill.enable: false`: no form-fill dropdown under a field
 *   with a datalist; headless under BiDi it took the keys typed after the
 *   first.
 * - No throttling of background tabs (timers, frames): the popup's page is
 *   opened as a background tab so that the tab it describes stays active
 *   (test/support/firefox/driver.ts); a real popup is not throttled.
 * - `alerts.useSystemBackend: false`: Firefox's own notification windows;
 *   headless, the desktop's notification service is absent and Firefox
 *   closes every extension notification at once (`notifications.getAll()`
 *   then never lists it).
 */
export class FirefoxBrowser {
  /** The extension page each tab shows (puppeteer's `page.url()` does not follow extension-process documents). */
  private readonly extensionTabs = new WeakMap<Page, string>();

  private constructor(
    readonly browser: Browser,
    readonly proxy: RecordingProxy,
    private readonly options: FirefoxLaunchOptions,
  ) {}

  static async launch(options: FirefoxLaunchOptions = {}): Promise<FirefoxBrowser> {
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first`);
    }
    if (!existsSync(FIREFOX)) throw new Error(`Firefox is not at ${FIREFOX}: install Debian's firefox-esr (sudo apt-get install firefox-esr) or set HANDOFF_FIREFOX`);
    const proxy = await startRecordingProxy();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1400, height: 900 },
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        'extensions.background.idle.timeout': options.backgroundIdleMs ?? 30_000,
        'extensions.webextOptionalPermissionPrompts': false,
        'browser.chrome.site_icons': false,
        'alerts.useSystemBackend': false,
        'browser.formfill.enable': false,
        'dom.min_background_timeout_value': 4,
        'dom.min_background_timeout_value_without_budget_throttling': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
        'layout.throttled_frame_rate': 60,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
    return new FirefoxBrowser(browser, proxy, options);
  }

  url(path: string): string {
    return `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
  }

  /** A new tab whose web requests are served from the replicas (or refused). */
  async newTab(opts: { background?: boolean } = {}): Promise<Page> {
    const page = await this.browser.newPage({ background: opts.background ?? false });
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.route(page, request));
    return page;
  }

  private async route(page: Page, request: HTTPRequest): Promise<void> {
    const url = request.url();
    if (!/^(https?|wss?):/i.test(url)) return request.continue();
    // A navigation is asked for by the tab itself, still showing the document it leaves.
    this.options.onRequest?.(url, request.isNavigationRequest() ? url : this.pageUrl(page));
    const replica = replicaFor(url);
    if (replica) return request.respond({ status: 200, contentType: replica.contentType, body: readFileSync(replica.file) });
    return request.abort('blockedbyclient');
  }

  /** The URL of the document `page` shows. */
  pageUrl(page: Page): string {
    const url = page.url();
    return url === 'about:blank' ? (this.extensionTabs.get(page) ?? url) : url;
  }

  /**
   * Loads an extension page in `page`. BiDi's navigation events do not follow
   * a document in Firefox's extension process (puppeteer's `goto` would wait
   * for ever), so the navigation is sent without waiting and the document
   * polled until it has loaded.
   */
  async gotoExtensionPage(page: Page, path: string): Promise<void> {
    const url = this.url(path);
    this.extensionTabs.set(page, url);
    await this.bidi('browsingContext.navigate', { context: contextId(page), url, wait: 'none' });
    for (let i = 0; i < 400; i++) {
      const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${url} did not load`);
  }

  /** Reloads an extension page (puppeteer's `reload` waits for navigation events that do not come for it). */
  async reloadExtensionPage(page: Page): Promise<void> {
    await page.evaluate(() => {
      (window as { handoffBeforeReload?: boolean }).handoffBeforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    for (let i = 0; i < 400; i++) {
      const ready = await page.evaluate(() => !(window as { handoffBeforeReload?: boolean }).handoffBeforeReload && document.readyState === 'complete').catch(() => false);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${this.pageUrl(page)} did not reload`);
  }

  /** Sends one raw WebDriver BiDi command. */
  async bidi<T = unknown>(method: string, params: object): Promise<T> {
    const connection = (this.browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: T }> } }).connection;
    return (await connection.send(method, params)).result;
  }

  /**
   * Runs `expression` (an async function body's value) in Firefox's
   * privileged scope: what the browser itself does when the user answers a
   * prompt. Used for grants, the analogue of test/support/grant.ts.
   */
  async privileged<T>(expression: string): Promise<T> {
    const tree = await this.bidi<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const r = await this.bidi<{ type: string; result?: { value: T }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context: tree.contexts[0]!.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type !== 'success') throw new Error(`privileged script failed: ${r.exceptionDetails?.text}`);
    return r.result?.value as T;
  }

  /** Grants host permissions as the user would in Firefox's prompt (ExtensionPermissions, the store the prompt writes). */
  async grantOrigins(origins: string[]): Promise<void> {
    await this.privileged(`(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
      await ExtensionPermissions.add(${JSON.stringify(ADDON_ID)}, { permissions: [], origins: ${JSON.stringify(origins)} }, extension);
      return true;
    })()`);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.proxy.stop();
  }
}

/** The BiDi browsing context id of a puppeteer page. */
export function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}
