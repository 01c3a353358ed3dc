/**
 * Docks Handoff's panel on the right of a full-viewport app (Jira Cloud,
 * Asana) so the page narrows beside it instead of being covered (issue 14).
 *
 * Why this way. Gmail has a flex row we can join (`dockBefore` in
 * lib/sites/runtime/mount.ts); Jira Cloud and Asana are React apps whose
 * layout we do not control: a grid or flex root sized to the viewport,
 * fixed or sticky top bars, and modals, dropdowns and toasts portaled into
 * `<body>` with `position: fixed`. Joining their tree would be undone by
 * their next render and breaks on every redesign. What they all share is
 * `<html>` and `<body>`, so the panel lives outside `<body>` (a child of
 * `<html>`, fixed to the viewport's right edge) and one stylesheet narrows
 * the page:
 * - `<body>` gets a right margin as wide as the panel, so the app's
 *   `width: 100%` / flex / grid roots shrink with it (the app relayouts as
 *   on a narrower window);
 * - `<body>` gets `contain: layout`, which makes it the containing block of
 *   its `position: fixed` descendants: fixed headers, portaled modals and
 *   toasts pinned `right: 0` now end at the page's edge, not the window's.
 *   `contain` rather than `transform`: no compositing layer, no blurry text,
 *   and popper/floating-ui already account for either when they place
 *   dropdowns. It only moves fixed elements with the document when the
 *   document itself scrolls; these apps scroll inside their own panes.
 * - Layers sized in viewport units (Atlaskit's modal fill-screen is
 *   `position: fixed; width: 100vw`, atlaskit modal-dialog modal-wrapper)
 *   cannot be narrowed by any containing block, so `fitViewportLayers` caps
 *   those few, when they appear, at the page's width.
 * Native top-layer dialogs (`<dialog>.showModal()`) sit above everything,
 * Handoff included: they cover us, never the other way round.
 *
 * The reserved width follows the panel's own box (a ResizeObserver), so a
 * collapsed panel (a thin tab) gives the page back all but the tab's width.
 * Everything is undone on abort: the page returns to exactly what it was.
 */
const DOCK_ATTR = 'data-handoff-dock';
/** The panel's default width (sidebar.css, `--handoff-width`), used until its box is measured. */
const DEFAULT_WIDTH_PX = 320;

export function dockRight(host: HTMLElement, signal: AbortSignal): void {
  const html = document.documentElement;
  const style = document.createElement('style');
  // Not `data-handoff`: that marks Handoff's UI hosts (test/e2e/UI-CONTRACT.md); this is only the page's stylesheet.
  style.setAttribute(DOCK_ATTR, '');
  let width = -1;
  const setWidth = (px: number) => {
    const w = Math.max(0, Math.ceil(px));
    if (w === width) return;
    width = w;
    style.textContent = dockCss(w);
    fitter.refit();
  };
  const fitter = fitViewportLayers(signal);
  setWidth(DEFAULT_WIDTH_PX);
  html.setAttribute(DOCK_ATTR, '');
  html.append(style);

  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setWidth(host.getBoundingClientRect().width)) : null;
  ro?.observe(host);
  signal.addEventListener(
    'abort',
    () => {
      ro?.disconnect();
      style.remove();
      html.removeAttribute(DOCK_ATTR);
    },
    { once: true },
  );
}

/** The page's stylesheet for a panel `w` px wide (exported for the unit test). */
export function dockCss(w: number): string {
  // !important: the app's own rules on body (margin: 0, width: 100%) must not win.
  return `html[${DOCK_ATTR}] > body {
  margin-right: ${w}px !important;
  width: auto !important;
  max-width: none !important;
  contain: layout !important;
}`;
}

/** How deep under `<body>` a viewport-wide layer may sit (Atlaskit: container > portal > fill-screen). */
const LAYER_DEPTH = 4;

/**
 * Caps `position: fixed` layers wider than the narrowed page (sized with
 * `100vw`) at the page's width, with an inline `max-width` the app's classes
 * cannot beat, and restores them on abort. Only elements near `<body>` are
 * looked at (portals), once per animation frame with mutations; child lists
 * only, as lib/sites/runtime/observe.ts does.
 */
function fitViewportLayers(signal: AbortSignal): { refit(): void } {
  // Each capped layer with its own inline max-width, put back on undock.
  const fitted = new Map<HTMLElement, [string, string]>();
  const restore = () => {
    for (const [el, [value, priority]] of fitted) {
      if (value) el.style.setProperty('max-width', value, priority);
      else el.style.removeProperty('max-width');
    }
    fitted.clear();
  };
  const body = document.body;
  let frame = 0;
  const check = (el: Element) => {
    if (!(el instanceof HTMLElement) || fitted.has(el) || !body) return;
    const cs = getComputedStyle(el);
    if (cs.position !== 'fixed') return;
    if (el.getBoundingClientRect().right <= body.getBoundingClientRect().right + 1) return;
    fitted.set(el, [el.style.getPropertyValue('max-width'), el.style.getPropertyPriority('max-width')]);
    el.style.setProperty('max-width', '100%', 'important');
  };
  const scan = (el: Element, depth: number) => {
    check(el);
    if (depth < LAYER_DEPTH) for (const child of el.children) scan(child, depth + 1);
  };
  const depthUnderBody = (node: Node): number => {
    let depth = 0;
    for (let n: Node | null = node; n && depth <= LAYER_DEPTH; n = n.parentNode, depth++) if (n.parentNode === body) return depth + 1;
    return Infinity;
  };
  const pending = new Set<Element>();
  const flush = () => {
    frame = 0;
    if (signal.aborted) return;
    for (const el of pending) if (el.isConnected) scan(el, depthUnderBody(el));
    pending.clear();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(flush);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n instanceof Element && depthUnderBody(n) <= LAYER_DEPTH) pending.add(n);
    }
    if (pending.size) schedule();
  });
  if (body) observer.observe(body, { childList: true, subtree: true });
  const refit = () => {
    if (!body) return;
    // The panel's width changed: what fitted before may fit differently now.
    restore();
    for (const child of body.children) pending.add(child);
    schedule();
  };
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      restore();
    },
    { once: true },
  );
  return { refit };
}
