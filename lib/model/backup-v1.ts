/**
 * Version 1 files (lib/model/BACKUP-FORMAT.md, "Reading version 1") wrote a
 * Jira link as a bare key string. Read as an unbound link `{ site: null,
 * key }`: the key is kept, but it links nothing until the user binds it to
 * a site, since a key alone may name a project on anyone's Jira site.
 * Anything that is not a string is left as it is, for the record checks to
 * name.
 */
export function upgradeV1(top: Record<string, unknown>): Record<string, unknown> {
  const deals = top.deals;
  return { ...top, version: 2, ...(Array.isArray(deals) ? { deals: deals.map(upgradeJiraLinks) } : {}) };
}

/**
 * One deal (or anything) with its bare-key Jira links made unbound links;
 * every other field as it was. The database migration uses it too.
 */
export function upgradeJiraLinks<T>(deal: T): T {
  if (!deal || typeof deal !== 'object') return deal;
  const links = (deal as { links?: unknown }).links;
  if (!links || typeof links !== 'object') return deal;
  const jira = (links as { jira?: unknown }).jira;
  if (!Array.isArray(jira) || !jira.some((k) => typeof k === 'string')) return deal;
  const upgraded = jira.map((k: unknown) => (typeof k === 'string' ? { site: null, key: k.trim().toUpperCase() } : k));
  return { ...deal, links: { ...links, jira: upgraded } };
}

/** How many Jira links of these deals have no site yet. */
export function countUnboundJira(deals: ReadonlyArray<{ links: { jira: ReadonlyArray<{ site: string | null }> } }>): number {
  return deals.reduce((n, d) => n + d.links.jira.filter((l) => l.site === null).length, 0);
}

/** The import result's sentence about them, or null when there are none. */
export function unboundJiraNote(count: number): string | null {
  if (!count) return null;
  return `${count} Jira link${count === 1 ? ' has' : 's have'} no site yet: each binds to the Jira site where you first confirm Handoff on a page of its key (or set its site in the deal editor).`;
}
