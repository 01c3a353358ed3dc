/**
 * The two functions every test reader of Handoff's closed shadow roots runs
 * inside the content script's world: Chromium's (test/support/handoff-view.ts,
 * a DevTools isolated world) and Firefox's (test/support/firefox/view.ts,
 * `tabs.executeScript` into the extension's content-script sandbox). Only
 * that world opens a closed root: Chromium gives it
 * `chrome.dom.openOrClosedShadowRoot(el)`, Firefox gives content scripts
 * `el.openOrClosedShadowRoot`; a page script sees `el.shadowRoot === null`.
 */

/** What `evaluate`'s function gets to look through closed roots. */
export interface Deep {
  /** The element's shadow root, open or closed (null for none). */
  open(el: Element): ShadowRoot | null;
  /** Every match of a selector (with ` >> ` scopes), in document order. */
  all(selector: string): Element[];
}

/** Source of the `deep` helper, built in the content script's world (no imports there). */
export const DEEP = `() => {
  // Both take HTML elements only (an SVG one throws in Chromium); only they host Handoff's roots.
  const chromeApi = globalThis.chrome && chrome.dom && chrome.dom.openOrClosedShadowRoot;
  const rootOf = (el) => chromeApi ? chrome.dom.openOrClosedShadowRoot(el) : ('openOrClosedShadowRoot' in el ? el.openOrClosedShadowRoot : el.shadowRoot);
  const open = (el) => (el instanceof HTMLElement ? rootOf(el) : null) || null;
  const within = (scope, sel, out) => {
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(sel)) out.push(el);
        const r = open(el);
        if (r) visit(r);
      }
    };
    if (scope.nodeType === 1) {
      const r = open(scope);
      if (r) visit(r);
    }
    visit(scope);
  };
  const all = (selector) => {
    let scopes = [document];
    for (const part of selector.split(' >> ')) {
      const out = [];
      for (const s of scopes) within(s, part.trim(), out);
      scopes = [...new Set(out)];
    }
    return scopes;
  };
  return { open, all };
}`;

/** Runs in the content script's world: scrolls the first match into view and gives its centre, or why it cannot be clicked. */
export function AIM({ selector, needsHit }: { selector: string; needsHit: boolean }, deep: Deep): { x: number; y: number } | string {
  const el = deep.all(selector)[0] as HTMLElement | undefined;
  if (!el) return 'not found';
  if ((el as HTMLButtonElement).disabled) return 'disabled';
  el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const box = el.getBoundingClientRect();
  if (!(box.width > 0 && box.height > 0) || getComputedStyle(el).visibility === 'hidden') return 'not visible';
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  if (needsHit) {
    // What a click there would hit, through every shadow root on the way.
    let hit: Element | null = document.elementFromPoint(x, y);
    for (let r = hit && deep.open(hit); hit && r; r = deep.open(hit)) {
      const inner = r.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit || !(hit === el || el.contains(hit) || deep.open(el)?.contains(hit))) return `covered by <${hit?.localName ?? 'nothing'}>`;
  }
  return { x, y };
}

/** The expression that runs `fnSource(arg, deep)` in that world. `__name`: what a runner that keeps function names (tsx) wraps inner functions in. */
export function inContentWorld(fnSource: string, arg: unknown): string {
  return `(() => { const __name = (f) => f; return (${fnSource})(${JSON.stringify(arg ?? null)}, (${DEEP})()); })()`;
}
