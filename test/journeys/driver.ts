import type { ContentView } from '../support/content-view';

/**
 * What a user journey needs from a browser, so that one description of each
 * journey (test/journeys/*.journey.ts) runs in Chromium (Playwright over the
 * DevTools protocol: test/support/playwright-driver.ts) and in Firefox ESR
 * (puppeteer-core over WebDriver BiDi: test/support/firefox/driver.ts).
 *
 * Both load the built extension and serve test/replicas at the hosts' real
 * URLs; any other web request is refused, so a journey never reaches the
 * network. Clicks and keys are the browser's real input (`isTrusted`).
 */
export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** A new tab at `url`. */
  open(url: string): Promise<Tab>;
  /** The options page in a new tab, at `#view` when given. */
  openOptions(view?: string): Promise<Tab>;
  /**
   * The popup's page as if its toolbar button were pressed over `over` (the
   * tab it describes; null: over a page without Handoff). `over` must be the
   * most recently opened tab.
   */
  openPopupOver(over: Tab | null): Promise<Tab>;
  /** One protocol message from an extension page, as the popup or options page sends it; throws on a refusal. */
  send<T = unknown>(type: string, payload: unknown): Promise<T>;
  /**
   * Runs `fn(arg, api)` in an extension page; `api` is the browser's
   * extension API there (Firefox's `browser`, Chromium's `chrome`, both
   * promise-based). Serialized: no closures.
   */
  inExtension<T, A = undefined>(fn: (arg: A, api: ExtensionApi) => T | Promise<T>, arg?: A): Promise<T>;
  /** Marks the running background (Chrome's service worker, Firefox's event page). */
  markBackground(): Promise<void>;
  /** Whether the background running now is the one marked (false once it was stopped and started again). */
  isBackgroundMarked(): Promise<boolean>;
  /** Has the background stop as the browser stops it when idle, and resolves once it is gone. */
  stopBackground(): Promise<void>;
  /** Every web request made since launch or `clearNetwork` (requests of the extension's own files are not web requests). */
  network(): NetworkLog;
  clearNetwork(): void;
}

export interface WebRequest {
  url: string;
  /** The page that made it (its URL), or what else did: `background`, `extension`, `browser` (outside any tab). */
  from: string;
}

export interface NetworkLog {
  requests: WebRequest[];
  /** URLs (without the hash) the test itself opened a tab at or navigated to. */
  navigated: Set<string>;
  /** The extension's origin (`chrome-extension://…`, `moz-extension://…`), to tell its pages apart. */
  extensionOrigin: string;
}

/** A tab, read and driven in the page's light DOM (Handoff's own pages, the hosts' markup). */
export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  count(selector: string): Promise<number>;
  /** textContent of the first match, null when none. */
  text(selector: string): Promise<string | null>;
  attr(selector: string, name: string): Promise<string | null>;
  /** The value of the first matching input, select or textarea ('' when none). */
  value(selector: string): Promise<string>;
  waitFor(selector: string, opts?: { timeout?: number; state?: 'attached' | 'visible' }): Promise<void>;
  /** A real click on the first visible match, or on the first whose text contains `hasText`. */
  click(selector: string, opts?: { hasText?: string }): Promise<void>;
  /** A real click into the field, everything in it replaced by typing `value`. */
  fill(selector: string, value: string): Promise<void>;
  /** A real key press (e.g. `Enter`) with the field focused. */
  press(selector: string, key: string): Promise<void>;
  /** Chooses an option of a select as the user does (change event). */
  select(selector: string, value: string): Promise<void>;
  /** Sets a file input's file, as choosing it in the file dialog does. */
  upload(selector: string, file: string): Promise<void>;
  /** Runs `fn(arg)` in the page's own world. Serialized: no closures. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  wait(ms: number): Promise<void>;
  /** Handoff's UI inside its closed shadow roots, read from the content script's world. */
  view(): Promise<ContentView>;
  close(): Promise<void>;
}

/** What a journey needs stored before it starts (the Firefox runner resets to it; the Chromium files seed it). */
export interface JourneyStart {
  /** The sample backup (test/fixtures/sample-backup.json) imported. */
  sample: boolean;
  /** The PM's own e-mail (Options → Settings). */
  ownEmail?: string;
}

export interface Journey {
  name: string;
  start: JourneyStart;
  run(d: Driver): Promise<void>;
}

export interface Alarm {
  name: string;
  scheduledTime: number;
}

export interface ActionApi {
  getBadgeText(details: object): Promise<string>;
  getTitle(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
}

/** The part of the extension API journeys use in an extension page. */
export interface ExtensionApi {
  alarms: { getAll(): Promise<Alarm[]>; create(name: string, info: { when: number }): Promise<void> | void };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
  /** MV3 (Chromium). */
  action?: ActionApi;
  /** MV2 (Firefox). */
  browserAction?: ActionApi;
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  permissions: { contains(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>; getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  identity?: { getRedirectURL(path?: string): string };
}

/** The expression that runs `fn(arg, api)` in an extension page. `__name`: what a runner that keeps function names wraps inner functions in. */
export function inExtensionPage(fnSource: string, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${fnSource})(${JSON.stringify(arg ?? null)}, globalThis.browser ?? globalThis.chrome); })()`;
}
