import { onChildListChanges } from '../runtime/observe';

/**
 * A signal that aborts when `el` leaves the document (or `signal` aborts):
 * a task pane opened over a page whose URL names no task is closed without
 * a navigation, and its sidebar must go with it. Checked once per animation
 * frame after the page's child lists change (lib/sites/runtime/observe.ts).
 */
export function whileConnected(el: Element, signal: AbortSignal): AbortSignal {
  const gone = new AbortController();
  const both = AbortSignal.any([signal, gone.signal]);
  onChildListChanges(document.body ?? document.documentElement, () => {
    if (!el.isConnected) gone.abort();
  }, both);
  return both;
}
