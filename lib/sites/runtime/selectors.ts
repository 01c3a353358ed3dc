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
  /**
   * `site.key`, e.g. `gmail.subject`: how a miss is counted and reported
   * (lib/sites/runtime/selector-health.ts). Set by `named`, from the table's keys.
   */
  readonly name?: string;
}

export const sel = (seen: string, source: string, ...css: [string, ...string[]]): Selector => ({ css, seen, source });

/** The sites whose selector tables are named; a name starts with one of these. */
export const SELECTOR_SITES = ['gmail', 'jira', 'asana'] as const;
export type SelectorSite = (typeof SELECTOR_SITES)[number];

/**
 * Names every selector of a site's table after its key (`gmail.subject`),
 * so a miss can be counted per selector without each call site naming it.
 */
export function named<T extends Record<string, Selector>>(site: SelectorSite, table: T): { readonly [K in keyof T]: Selector & { readonly name: string } } {
  const out: Record<string, Selector & { name: string }> = {};
  for (const [key, s] of Object.entries(table)) out[key] = Object.freeze({ ...s, name: `${site}.${key}` });
  return Object.freeze(out) as { readonly [K in keyof T]: Selector & { readonly name: string } };
}

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
