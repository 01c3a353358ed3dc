/**
 * A host-page selector with fallbacks, newest first. Hosts change markup in
 * waves (lib/sites/HOSTS.md): when the primary breaks, a fallback keeps working and a
 * test of the selectors file says which one matched.
 */
export interface Selector {
  readonly css: readonly [string, ...string[]];
  /** When this was last seen working on the real site (YYYY-MM). */
  readonly seen: string;
  /** Where the selector comes from. */
  readonly source: string;
}

export const sel = (seen: string, source: string, ...css: [string, ...string[]]): Selector => ({ css, seen, source });

/** First element matching the primary, else the first fallback that matches. */
export function query<E extends Element = Element>(root: ParentNode, s: Selector): E | null {
  for (const css of s.css) {
    const el = root.querySelector<E>(css);
    if (el) return el;
  }
  return null;
}

export function queryAll<E extends Element = Element>(root: ParentNode, s: Selector): E[] {
  for (const css of s.css) {
    const els = root.querySelectorAll<E>(css);
    if (els.length) return [...els];
  }
  return [];
}

/** One CSS selector list matching any variant, for observe(). */
export const anyOf = (s: Selector): string => s.css.join(', ');
