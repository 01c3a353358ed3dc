/**
 * A signal that aborts when `el` leaves the document (or `signal` aborts):
 * a task pane opened over a page whose URL names no task is closed without
 * a navigation, and its sidebar must go with it. Watches child lists only,
 * checked once per animation frame (as lib/sites/runtime/observe.ts does).
 */
export function whileConnected(el: Element, signal: AbortSignal): AbortSignal {
  const gone = new AbortController();
  const both = AbortSignal.any([signal, gone.signal]);
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!el.isConnected) gone.abort();
    });
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  both.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
  return both;
}
