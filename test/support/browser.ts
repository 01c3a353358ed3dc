import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { replicaFor } from '../replicas';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.HANDOFF_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (restart); a fresh temporary one otherwise. */
  profileDir?: string;
  /** Extra work per request (the privacy test records them). */
  onRequest?: (url: string, fromPage: string) => void;
  /** Extra Chromium switches (the fake CRMs: --host-resolver-rules, --ignore-certificate-errors). */
  args?: readonly string[];
  /** Hosts whose requests go out as Chromium resolves them (the fake CRMs, mapped to 127.0.0.1); all else stays routed. */
  passThroughHosts?: readonly string[];
}

/**
 * Debian's Chromium with the built extension loaded, every
 * request routed: the three hosts get their local replicas at their real
 * URLs (so the manifest's match patterns are what is exercised), anything
 * else is refused, so a test can never reach the network.
 */
export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
    private readonly options: LaunchOptions,
  ) {}

  static async launch(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      // A failed build leaves a folder without a manifest, and Chromium then
      // starts silently without the extension.
      throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first`);
    }
    const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'handoff-profile-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        ...(opts.args ?? []),
      ],
    });
    // Web requests only: the extension's own pages load from chrome-extension://.
    await context.route(/^(https?|wss?):\/\//, async (route) => {
      const url = route.request().url();
      opts.onRequest?.(url, route.request().frame()?.url() ?? '');
      if (opts.passThroughHosts?.includes(new URL(url).hostname)) return route.continue();
      const replica = replicaFor(url);
      if (replica) await route.fulfill({ path: replica.file, contentType: replica.contentType });
      else await route.abort('blockedbyclient');
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return new ExtensionBrowser(context, extensionId, profileDir, opts);
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  openOptions(view = ''): Promise<Page> {
    return this.open(this.url(`options.html${view ? `#${view}` : ''}`));
  }

  /**
   * Opens the popup's page as if its toolbar button were clicked over
   * `over`: a tab can't be both the popup and the page it describes, so the
   * popup's "active tab" query answers with the tab before it (`over` must
   * be the most recently opened tab).
   */
  async openPopupOver(over: Page | null): Promise<Page> {
    const popup = await this.context.newPage();
    if (over) {
      await popup.addInitScript(() => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: unknown) => Promise<Array<{ index: number }>>; getCurrent: () => Promise<{ index: number }> } } }).chrome.tabs;
        const query = tabs.query.bind(tabs);
        tabs.query = async (q: unknown) => {
          const { active } = (q ?? {}) as { active?: boolean };
          if (!active) return query(q);
          const self = await tabs.getCurrent();
          return query({ index: self.index - 1, currentWindow: true });
        };
      });
    }
    await popup.goto(this.url('popup.html'));
    return popup;
  }

  /** Sends one protocol message from an extension page, as the popup or options page would. */
  async send<T = unknown>(page: Page, type: string, payload: unknown): Promise<T> {
    const reply = (await page.evaluate(
      ([type, payload]) => chrome.runtime.sendMessage({ handoff: 1, type, payload }),
      [type, payload] as const,
    )) as { ok: boolean; data?: T; error?: { message: string } };
    if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error?.message ?? 'no reply'}`);
    return reply.data as T;
  }

  /** Imports a backup through the background, from an extension page. */
  async seed(page: Page, backupText: string): Promise<void> {
    await this.send(page, 'backup.import', { text: backupText, fileName: 'seed.json' });
  }

  worker(): Worker | undefined {
    return this.context.serviceWorkers().find((w) => w.url().startsWith(this.url('')));
  }

  /**
   * Stops the extension's service worker as Chrome does when it is idle:
   * closes its DevTools target (Chrome's guide to testing service worker
   * termination). Resolves once the target is gone; the next event starts
   * a fresh instance. (Playwright's Worker "close" event only comes later,
   * so the target list is what is watched.)
   */
  async stopServiceWorker(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    type Targets = { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const workerTarget = async () =>
      ((await cdp.send('Target.getTargets')) as Targets).targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(this.url('')));
    const target = await workerTarget();
    if (target) {
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      for (let i = 0; i < 100 && (await workerTarget())?.targetId === target.targetId; i++) await page.waitForTimeout(20);
    }
    await cdp.detach();
  }

  /** Marks the running worker instance; `isMarked` tells whether a later instance is the same one. */
  async markWorker(): Promise<void> {
    await this.worker()?.evaluate(() => ((globalThis as { __handoffMark?: number }).__handoffMark = 1));
  }

  async isWorkerMarked(): Promise<boolean> {
    const w = this.worker();
    return w ? (await w.evaluate(() => (globalThis as { __handoffMark?: number }).__handoffMark)) === 1 : false;
  }

  /**
   * Closes the browser, lets `edit` change its profile on disk (e.g. grant
   * a host permission in `Default/Preferences`, which headless Chromium
   * cannot be asked for), and starts it again on the same profile.
   */
  async restart(edit: (profileDir: string, extensionId: string) => void = () => {}): Promise<ExtensionBrowser> {
    await this.context.close();
    edit(this.profileDir, this.extensionId);
    const next = await ExtensionBrowser.launch({ ...this.options, profileDir: this.profileDir });
    if (next.extensionId !== this.extensionId) throw new Error('the extension id changed across the restart');
    return next;
  }

  /**
   * Kills every process of this browser at once (SIGKILL, like a crash or
   * a power cut) and starts it again on the same profile: what was
   * committed to IndexedDB survives, what was not is gone.
   */
  async crashAndRestart(): Promise<ExtensionBrowser> {
    spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${this.profileDir}`]);
    await this.context.close().catch(() => {});
    const next = await ExtensionBrowser.launch({ ...this.options, profileDir: this.profileDir });
    if (next.extensionId !== this.extensionId) throw new Error('the extension id changed across the restart');
    return next;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
