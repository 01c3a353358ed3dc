import type { CDPSession, Page } from 'playwright-core';

/**
 * Reads and drives Handoff's UI inside its closed shadow roots (issue 13),
 * from the content script's isolated world, the one place a closed root
 * opens: `chrome.dom.openOrClosedShadowRoot(el)`. Playwright's CSS no longer
 * pierces those roots, and a page-world script sees `el.shadowRoot === null`.
 * How it is found and used: test/e2e/UI-CONTRACT.md, "How tests read inside".
 *
 *   const view = await handoffView(page);
 *   await expect.poll(() => view.text('[data-handoff-field="deal-name"]')).toBe('Acme data platform rollout');
 *   await view.click('[data-handoff="flag"] >> [data-handoff-action="log"]');
 *
 * Selectors are CSS, matched in the light DOM and in every shadow root
 * (open or closed), in document order. A CSS selector never crosses a
 * shadow boundary; ` >> ` does: `A >> B` is B searched inside each match of
 * A (its light subtree and its shadow roots). Reads act on the first match
 * and answer "none" (0, null, false) while the content script has not run
 * yet; `waitFor` and `expect.poll` wait. Actions are real input (CDP mouse
 * and keyboard, `isTrusted` true), aimed at the element's box.
 */
export interface HandoffView {
  readonly page: Page;
  count(selector: string): Promise<number>;
  /** textContent of the first match, null when none. */
  text(selector: string): Promise<string | null>;
  /** textContent of every match. */
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  /** A non-empty box and not `visibility: hidden` (Playwright's isVisible). */
  visible(selector: string): Promise<boolean>;
  waitFor(selector: string, opts?: { state?: 'attached' | 'visible' | 'detached'; timeout?: number }): Promise<void>;
  /** A real mouse click at the centre of the first match, once it is visible, enabled and not covered. */
  click(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Moves the real mouse over the first match. */
  hover(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Focuses the first match (focus changes no data; press keys with `page.keyboard`). */
  focus(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Real click into a field, select all, type `value` with the real keyboard. */
  fill(selector: string, value: string, opts?: { timeout?: number }): Promise<void>;
  /** Runs `fn(arg, deep)` in the content script's world; `deep` finds through closed roots. Serialized: no closures. */
  evaluate<T, A = undefined>(fn: (arg: A, deep: Deep) => T | Promise<T>, arg?: A): Promise<T>;
  /** The isolated world's context id now (null before the content script ran). */
  contextId(): Promise<number | null>;
}

/** What `evaluate`'s function gets to look through closed roots. */
export interface Deep {
  /** The element's shadow root, open or closed (null for none). */
  open(el: Element): ShadowRoot | null;
  /** Every match of a selector (with ` >> ` scopes), in document order. */
  all(selector: string): Element[];
}

const views = new WeakMap<Page, Promise<HandoffView>>();

/** The view of `page` (one per page, made on first use). `extensionId` narrows the world to that extension's; any extension's otherwise. */
export function handoffView(page: Page, opts: { extensionId?: string } = {}): Promise<HandoffView> {
  let view = views.get(page);
  if (!view) {
    view = open(page, opts.extensionId);
    views.set(page, view);
  }
  return view;
}

interface Ctx {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

async function open(page: Page, extensionId?: string): Promise<HandoffView> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, Ctx>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.set(context.id, context as Ctx));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const origin = extensionId ? `chrome-extension://${extensionId}` : 'chrome-extension://';

  const contextId = async (): Promise<number | null> => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const mine = [...contexts.values()].filter(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith(origin),
    );
    return mine.length ? mine[mine.length - 1]!.id : null;
  };

  /** Runs in the isolated world; null when it does not exist (yet, or any more after a navigation). */
  const run = async <T>(fnSource: string, arg: unknown): Promise<{ value: T } | null> => {
    const id = await contextId();
    if (id === null) return null;
    // __name: what a runner that keeps function names (tsx, for the bench) wraps inner functions in.
    const expression = `(() => { const __name = (f) => f; return (${fnSource})(${JSON.stringify(arg ?? null)}, (${DEEP})()); })()`;
    try {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: id, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return { value: r.result.value as T };
    } catch (e) {
      // The page navigated between finding the world and using it.
      if (/Cannot find context|Execution context was destroyed|Inspected target navigated/i.test(String(e))) return null;
      throw e;
    }
  };
  const read = async <T>(fn: (arg: never, deep: Deep) => T, arg: unknown, none: T): Promise<T> => (await run<T>(fn.toString(), arg))?.value ?? none;

  /** The first match's centre when it can take a click: visible, enabled, on top at that point. */
  const target = async (selector: string, timeout: number, needsHit: boolean): Promise<{ x: number; y: number }> => {
    const until = Date.now() + timeout;
    let why = 'not found';
    for (;;) {
      const r = await run<{ x: number; y: number } | string>(AIM.toString(), { selector, needsHit });
      const aim = r?.value;
      if (aim && typeof aim !== 'string') return aim;
      if (aim) why = aim;
      if (Date.now() > until) throw new Error(`handoffView: cannot act on "${selector}": ${why}`);
      await page.waitForTimeout(50);
    }
  };

  const view: HandoffView = {
    page,
    count: (selector) => read((s: string, d) => d.all(s).length, selector, 0),
    text: (selector) => read((s: string, d) => d.all(s)[0]?.textContent ?? null, selector, null),
    texts: (selector) => read((s: string, d) => d.all(s).map((e) => e.textContent ?? ''), selector, []),
    attr: (selector, name) => read(([s, n]: [string, string], d) => d.all(s)[0]?.getAttribute(n) ?? null, [selector, name], null),
    visible: (selector) => read((s: string, d) => {
      const el = d.all(s)[0];
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }, selector, false),
    async waitFor(selector, { state = 'visible', timeout = 10_000 } = {}) {
      const until = Date.now() + timeout;
      for (;;) {
        const n = await view.count(selector);
        if (state === 'detached' ? n === 0 : n > 0 && (state === 'attached' || (await view.visible(selector)))) return;
        if (Date.now() > until) throw new Error(`handoffView: "${selector}" not ${state} after ${timeout} ms`);
        await page.waitForTimeout(50);
      }
    },
    async click(selector, { timeout = 10_000 } = {}) {
      const { x, y } = await target(selector, timeout, true);
      await page.mouse.click(x, y);
    },
    async hover(selector, { timeout = 10_000 } = {}) {
      const { x, y } = await target(selector, timeout, true);
      await page.mouse.move(x, y);
    },
    async focus(selector, { timeout = 10_000 } = {}) {
      await view.waitFor(selector, { state: 'attached', timeout });
      await read((s: string, d) => (d.all(s)[0] as HTMLElement | undefined)?.focus(), selector, undefined);
    },
    async fill(selector, value, opts) {
      await view.click(selector, opts);
      await page.keyboard.press('ControlOrMeta+A');
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Delete');
    },
    async evaluate<T, A>(fn: (arg: A, deep: Deep) => T | Promise<T>, arg?: A) {
      const r = await run<T>(fn.toString(), arg);
      if (!r) throw new Error('handoffView.evaluate: the content script has not run in this page (yet)');
      return r.value;
    },
    contextId,
  };
  page.once('close', () => void cdp.detach().catch(() => {}));
  return view;
}

/** Source of the `deep` helper, built in the isolated world (no imports there). */
const DEEP = `() => {
  // openOrClosedShadowRoot takes HTML elements only (an SVG one throws); only they host Handoff's roots.
  const api = globalThis.chrome && chrome.dom && chrome.dom.openOrClosedShadowRoot;
  const open = (el) => (el instanceof HTMLElement ? (api ? chrome.dom.openOrClosedShadowRoot(el) : el.shadowRoot) : null) || null;
  const within = (scope, sel, out) => {
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(sel)) out.push(el);
        const r = open(el);
        if (r) visit(r);
      }
    };
    if (scope.nodeType === 1) {
      const r = open(scope);
      if (r) visit(r);
    }
    visit(scope);
  };
  const all = (selector) => {
    let scopes = [document];
    for (const part of selector.split(' >> ')) {
      const out = [];
      for (const s of scopes) within(s, part.trim(), out);
      scopes = [...new Set(out)];
    }
    return scopes;
  };
  return { open, all };
}`;

/** Runs in the isolated world: scrolls the first match into view and gives its centre, or why it cannot be clicked. */
function AIM({ selector, needsHit }: { selector: string; needsHit: boolean }, deep: Deep): { x: number; y: number } | string {
  const el = deep.all(selector)[0] as HTMLElement | undefined;
  if (!el) return 'not found';
  if ((el as HTMLButtonElement).disabled) return 'disabled';
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  if (!(box.width > 0 && box.height > 0) || getComputedStyle(el).visibility === 'hidden') return 'not visible';
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (needsHit) {
    // What a click there would hit, through every shadow root on the way.
    let hit: Element | null = document.elementFromPoint(x, y);
    for (let r = hit && deep.open(hit); hit && r; r = deep.open(hit)) {
      const inner = r.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit || !(hit === el || el.contains(hit) || deep.open(el)?.contains(hit))) return `covered by <${hit?.localName ?? 'nothing'}>`;
  }
  return { x, y };
}
