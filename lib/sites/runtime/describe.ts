import { browser } from 'wxt/browser';
import type { PageDescription } from '@/lib/messaging/page-describe';

/**
 * The popup asks the active tab what it shows (`page.describe`) to prefill
 * its quick-log form. Each site keeps its current description here; the
 * content script answers only our own extension.
 */
let current: (() => Promise<PageDescription | null>) | null = null;

export function setPageDescriber(describe: (() => Promise<PageDescription | null>) | null): void {
  current = describe;
}

export function answerDescribe(signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== 'page.describe') return undefined;
    return (current?.() ?? Promise.resolve(null)).catch(() => null);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
