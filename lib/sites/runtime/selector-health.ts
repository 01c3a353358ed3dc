import { send } from '@/lib/messaging/client';
import { query, type Selector } from './selectors';

/**
 * Selector health, the page's side (issue 14). A miss is a selector whose
 * primary and every fallback found nothing where the thing must be: on a
 * page of the right kind (the feature's URL test) once its content settled.
 * Each is reported at most once per page view (one AbortSignal per view,
 * lib/sites/runtime/run-features.ts), batched into one `health.miss`
 * message; the background counts it (lib/background/selector-health.ts).
 */

export type MissPoster = (names: string[]) => Promise<unknown>;

export function createMissReporter(post: MissPoster) {
  const reported = new WeakMap<AbortSignal, Set<string>>();
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const names = pending;
    pending = [];
    // Health is a diagnosis: a failed report must never disturb the page.
    if (names.length) void post(names).catch(() => {});
  };
  return (s: Selector, signal: AbortSignal): void => {
    if (!s.name || signal.aborted) return;
    let names = reported.get(signal);
    if (!names) reported.set(signal, (names = new Set()));
    if (names.has(s.name)) return;
    names.add(s.name);
    pending.push(s.name);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  };
}

/** Reports a miss of `s` for this page view (`signal`). */
export const reportMiss = createMissReporter((names) => send('health.miss', { names }));

/** The first of `selectors` that matches nothing under `root`, else null. */
export function firstMissing(root: ParentNode, selectors: readonly Selector[]): Selector | null {
  return selectors.find((s) => !query(root, s)) ?? null;
}

export interface SettleOptions {
  signal: AbortSignal;
  /** No child-list change under `root` for this long counts as settled. */
  quietMs?: number;
  /** A page that never stops changing (a live feed) counts as settled after this. */
  maxMs?: number;
}

/**
 * Resolves true once `root`'s subtree stopped changing (child lists only,
 * as observe() watches), false when `signal` aborts first.
 */
export function settled(root: Node, { signal, quietMs = 500, maxMs = 3000 }: SettleOptions): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    let quiet = setTimeout(() => done(true), quietMs);
    const cap = setTimeout(() => done(true), maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(() => done(true), quietMs);
    });
    const onAbort = () => done(false);
    function done(ok: boolean) {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      signal.removeEventListener('abort', onAbort);
      resolve(ok && !signal.aborted);
    }
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Whether `missing()` still holds once `root` settled; if so the miss of
 * `s` is reported. The caller says so on the page only then: a selector
 * that is merely late is neither counted nor shown.
 */
export async function confirmMiss(s: Selector, missing: () => boolean, opts: SettleOptions & { root: Node }): Promise<boolean> {
  if (!missing()) return false;
  if (!(await settled(opts.root, opts)) || !missing()) return false;
  reportMiss(s, opts.signal);
  return true;
}
