import { AIM, type Deep } from './view-scripts';

/**
 * Reads and drives Handoff's UI inside its closed shadow roots from the
 * content script's world, in any browser (how the world is reached:
 * test/support/handoff-view.ts for Chromium, test/support/firefox/view.ts for
 * Firefox; the rules: test/e2e/UI-CONTRACT.md, "How tests read inside").
 *
 * Selectors are CSS, matched in the light DOM and in every shadow root
 * (open or closed), in document order. A CSS selector never crosses a
 * shadow boundary; ` >> ` does: `A >> B` is B searched inside each match of
 * A (its light subtree and its shadow roots). Reads act on the first match
 * and answer "none" (0, null, false) while the content script has not run
 * yet; `waitFor` and `expect.poll` wait. Actions are real input (the
 * browser's own mouse and keyboard, `isTrusted` true), aimed at the box.
 */
export interface ContentView {
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
  /** Focuses the first match (focus changes no data; press keys with the page's keyboard). */
  focus(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Real click into a field, select all, type `value` with the real keyboard. */
  fill(selector: string, value: string, opts?: { timeout?: number }): Promise<void>;
  /** Runs `fn(arg, deep)` in the content script's world; `deep` finds through closed roots. Serialized: no closures. */
  evaluate<T, A = undefined>(fn: (arg: A, deep: Deep) => T | Promise<T>, arg?: A): Promise<T>;
}

/** What a browser gives a view: a way into the world, and real input. */
export interface ViewIo {
  /** Runs `inContentWorld(fnSource, arg)` there; null when the world does not exist (yet, or any more after a navigation). */
  run<T>(fnSource: string, arg: unknown): Promise<{ value: T } | null>;
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  /** Select all in the focused field, then type `value` (empty: delete). */
  replaceText(value: string): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function contentView(io: ViewIo): ContentView {
  const read = async <T>(fn: (arg: never, deep: Deep) => T, arg: unknown, none: T): Promise<T> => (await io.run<T>(fn.toString(), arg))?.value ?? none;

  /** The first match's centre when it can take a click: visible, enabled, on top at that point. */
  const target = async (selector: string, timeout: number, needsHit: boolean): Promise<{ x: number; y: number }> => {
    const until = Date.now() + timeout;
    let why = 'not found';
    for (;;) {
      const aim = (await io.run<{ x: number; y: number } | string>(AIM.toString(), { selector, needsHit }))?.value;
      if (aim && typeof aim !== 'string') return aim;
      if (aim) why = aim;
      if (Date.now() > until) throw new Error(`handoffView: cannot act on "${selector}": ${why}`);
      await pause(50);
    }
  };

  const view: ContentView = {
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
        await pause(50);
      }
    },
    async click(selector, { timeout = 10_000 } = {}) {
      const { x, y } = await target(selector, timeout, true);
      await io.click(x, y);
    },
    async hover(selector, { timeout = 10_000 } = {}) {
      const { x, y } = await target(selector, timeout, true);
      await io.move(x, y);
    },
    async focus(selector, { timeout = 10_000 } = {}) {
      await view.waitFor(selector, { state: 'attached', timeout });
      await read((s: string, d) => (d.all(s)[0] as HTMLElement | undefined)?.focus(), selector, undefined);
    },
    async fill(selector, value, opts) {
      await view.click(selector, opts);
      await io.replaceText(value);
    },
    async evaluate<T, A>(fn: (arg: A, deep: Deep) => T | Promise<T>, arg?: A) {
      const r = await io.run<T>(fn.toString(), arg);
      if (!r) throw new Error('handoffView.evaluate: the content script has not run in this page (yet)');
      return r.value;
    },
  };
  return view;
}
