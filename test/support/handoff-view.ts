import type { CDPSession, Page } from 'playwright-core';
import { contentView, type ContentView } from './content-view';
import { inContentWorld } from './view-scripts';

/**
 * Chromium's reader of Handoff's UI inside its closed shadow roots (issue 13):
 * the content script's isolated world, the one place a closed root opens
 * (`chrome.dom.openOrClosedShadowRoot(el)`), reached over the DevTools
 * protocol. Playwright's CSS no longer pierces those roots, and a page-world
 * script sees `el.shadowRoot === null`. The calls: test/support/content-view.ts;
 * how the world is found: test/e2e/UI-CONTRACT.md, "How tests read inside".
 *
 *   const view = await handoffView(page);
 *   await expect.poll(() => view.text('[data-handoff-field="deal-name"]')).toBe('Acme data platform rollout');
 *   await view.click('[data-handoff="flag"] >> [data-handoff-action="log"]');
 */
export interface HandoffView extends ContentView {
  readonly page: Page;
  /** The isolated world's context id now (null before the content script ran). */
  contextId(): Promise<number | null>;
}

export type { ContentView } from './content-view';
export type { Deep } from './view-scripts';

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

  const view = contentView({
    async run<T>(fnSource: string, arg: unknown): Promise<{ value: T } | null> {
      const id = await contextId();
      if (id === null) return null;
      try {
        const r = await cdp.send('Runtime.evaluate', { expression: inContentWorld(fnSource, arg), contextId: id, returnByValue: true, awaitPromise: true });
        if (r.exceptionDetails) throw new Error(`in the content script's world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
        return { value: r.result.value as T };
      } catch (e) {
        // The page navigated between finding the world and using it.
        if (/Cannot find context|Execution context was destroyed|Inspected target navigated/i.test(String(e))) return null;
        throw e;
      }
    },
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    async replaceText(value) {
      await page.keyboard.press('ControlOrMeta+A');
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Delete');
    },
  });
  page.once('close', () => void cdp.detach().catch(() => {}));
  return { ...view, page, contextId };
}
