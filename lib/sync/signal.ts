import { browser } from 'wxt/browser';

/**
 * Cross-context sync. After each committed write the background bumps one
 * key in `storage.local`; every extension page and content script hears it
 * through `storage.onChanged` and re-reads what it shows. Nothing holds a
 * connection, so a killed service worker leaves nothing to reconnect: the
 * next message wakes it.
 */
export const CHANGE_KEY = 'handoff:change';

/**
 * What changed. `crm`: a CRM connection's status or its write-back outbox
 * (issue 16), announced by the worker's CRM service; the options page's CRM
 * section and the write-back states re-read on it.
 */
export const STORE_NAMES = ['deals', 'people', 'requests', 'settings', 'flags', 'crm'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface Change {
  rev: string;
  stores: StoreName[];
  at: number;
}

/** Storage can be written by any of our contexts: check the shape by hand (no zod in content scripts). */
function isChange(x: unknown): x is Change {
  if (!x || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  return typeof c.rev === 'string' && typeof c.at === 'number' && Array.isArray(c.stores) && c.stores.every((s) => (STORE_NAMES as readonly unknown[]).includes(s));
}

let counter = 0;

export async function announceChange(stores: StoreName[]): Promise<void> {
  const change: Change = { rev: `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`, stores, at: Date.now() };
  await browser.storage.local.set({ [CHANGE_KEY]: change });
}

/** Calls `cb` on every change until `signal` aborts. */
export function onDataChanged(cb: (change: Change) => void, { signal }: { signal: AbortSignal }): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CHANGE_KEY in changes)) return;
    const change = changes[CHANGE_KEY]?.newValue;
    if (isChange(change)) cb(change);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
