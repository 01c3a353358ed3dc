export interface ObserveOptions {
  signal: AbortSignal;
  /** Where to watch; scope it to the smallest stable container. */
  root?: ParentNode & Node;
}

/**
 * Calls `cb` once for every element matching `selector` under `root`: those
 * already there and those added later. Watches child lists only (never
 * attributes or text) and batches the work into one pass per animation
 * frame, so a burst of host-page mutations costs one query.
 */
export function observe<E extends Element = Element>(
  selector: string,
  cb: (element: E) => void,
  { signal, root = document }: ObserveOptions,
): void {
  if (signal.aborted) return;
  const seen = new WeakSet<Element>();
  const visit = () => {
    if (signal.aborted) return;
    for (const el of root.querySelectorAll<E>(selector)) {
      if (seen.has(el)) continue;
      seen.add(el);
      cb(el);
    }
  };
  visit();
  onChildListChanges(root, visit, signal);
}

/**
 * Calls `cb` at most once per animation frame after child lists change
 * anywhere under `root` (never attributes or text), until `signal` aborts.
 * The one watch behind observe() and anything else that must notice the
 * page change shape.
 */
export function onChildListChanges(root: Node, cb: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) cb();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}

/** Resolves with the first match, or null when `signal` aborts. */
export function waitFor<E extends Element = Element>(selector: string, opts: ObserveOptions): Promise<E | null> {
  return new Promise((resolve) => {
    const inner = new AbortController();
    const stop = () => inner.abort();
    opts.signal.addEventListener('abort', () => {
      stop();
      resolve(null);
    }, { once: true });
    observe<E>(
      selector,
      (el) => {
        stop();
        resolve(el);
      },
      { root: opts.root, signal: AbortSignal.any([opts.signal, inner.signal]) },
    );
  });
}
