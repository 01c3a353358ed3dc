import type { Page } from 'playwright-core';

export interface Coverage {
  /** The Handoff sidebar host's box (null when none is mounted). */
  panel: { left: number; top: number; width: number; height: number } | null;
  /** Visible interactive host elements whose visible box meets the panel's box. */
  covered: string[];
  /** Key controls that a click at their centre would not reach (what is there instead). */
  blocked: string[];
  /** The page's own width: `<body>`'s right edge. */
  pageRight: number;
}

/**
 * Measures, in the page, whether Handoff's sidebar covers any of the host's
 * controls: every visible button, link, input, textarea, select,
 * `[role=button]` and contenteditable (its box clipped by its scrolling
 * ancestors below `<body>` and by the viewport, so a row scrolled out of
 * its list does not count; `<body>` itself does not clip here, so a control
 * pushed past the page's edge does count), and `elementFromPoint` at the
 * centre of each key control.
 */
export function coverage(page: Page, keyControls: readonly string[]): Promise<Coverage> {
  return page.evaluate((keys) => {
    const host = document.querySelector('[data-handoff="sidebar"]');
    const p = host?.getBoundingClientRect() ?? null;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    const visibleBox = (el: Element) => {
      const r = el.getBoundingClientRect();
      let [l, t, rt, b] = [Math.max(r.left, 0), Math.max(r.top, 0), Math.min(r.right, innerWidth), Math.min(r.bottom, innerHeight)];
      let fixed = getComputedStyle(el).position === 'fixed';
      for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (!fixed) {
          const ar = a.getBoundingClientRect();
          if (cs.overflowX !== 'visible') [l, rt] = [Math.max(l, ar.left), Math.min(rt, ar.right)];
          if (cs.overflowY !== 'visible') [t, b] = [Math.max(t, ar.top), Math.min(b, ar.bottom)];
        }
        if (cs.position === 'fixed') fixed = true;
      }
      return { l, t, r: rt, b };
    };
    const covered: string[] = [];
    if (p) {
      for (const el of document.querySelectorAll('button, a[href], input, textarea, select, [role="button"], [contenteditable="true"]')) {
        if (el.closest('[data-handoff]')) continue;
        const cs = getComputedStyle(el);
        if (cs.visibility === 'hidden' || cs.display === 'none') continue;
        const v = visibleBox(el);
        if (v.r - v.l < 1 || v.b - v.t < 1) continue;
        if (v.l < p.right && v.r > p.left && v.t < p.bottom && v.b > p.top) covered.push(name(el));
      }
    }
    const blocked: string[] = [];
    for (const key of keys) {
      const el = document.querySelector(key);
      if (!el) {
        blocked.push(`${key}: not on the page`);
        continue;
      }
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!at || !(at === el || el.contains(at))) blocked.push(`${key}: ${at ? name(at) : 'nothing'} is there`);
    }
    return {
      panel: p && { left: p.left, top: p.top, width: p.width, height: p.height },
      covered,
      blocked,
      pageRight: document.body.getBoundingClientRect().right,
    };
  }, keyControls);
}
