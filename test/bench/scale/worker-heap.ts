import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../support/browser';

/**
 * The extension service worker's JS heap after a full garbage collection
 * (bytes), read over the DevTools protocol: Playwright has no session for a
 * worker, so the page's session attaches to the worker's target and relays
 * messages to it (Target.sendMessageToTarget).
 */
export async function workerHeapBytes(browser: ExtensionBrowser, page: Page): Promise<number> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(browser.url('')));
    if (!target) throw new Error('bench: no service worker to measure');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const waiting = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const reply = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
    });
    let next = 0;
    const call = async (method: string) => {
      const id = ++next;
      const reply = await new Promise<{ result?: unknown; error?: unknown }>((resolve) => {
        waiting.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
      });
      if (reply.error) throw new Error(`bench: ${method}: ${JSON.stringify(reply.error)}`);
      return reply.result;
    };
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}
