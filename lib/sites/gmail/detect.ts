export interface GmailPage {
  /** The `u/N` account index. */
  account: number;
  /** `inbox`, `label`, `search`, `sent`, `category`, … */
  route: string;
  /** Label name, search query or category, when the route has one. */
  arg: string | null;
  /** The URL token of an open thread. Not a thread id (gmail.js): read the id from the DOM. */
  threadToken: string | null;
}

const ROUTES_WITH_ARG = new Set(['label', 'search', 'category', 'advanced-search', 'apps']);
// Thread tokens: `FMfcgzQXJ…` or the 16-hex legacy id.
const TOKEN = /^(?:[A-Za-z0-9]{20,}|[0-9a-f]{16})$/;

/** Reads Gmail's hash route (lib/sites/HOSTS.md): `#inbox`, `#label/NAME`, `#search/QUERY`, each optionally `/TOKEN`. */
export function parseGmailUrl(href: string): GmailPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.hostname !== 'mail.google.com') return null;
  const m = /^\/mail(?:\/u\/(\d+))?\/?$/.exec(url.pathname);
  if (!m) return null;
  const account = Number(m[1] ?? 0);
  // A compose window (`?compose=new`) or an attachment preview
  // (`?projector=1`) adds a query to the hash while the thread stays open
  // (lib/sites/HOSTS.md, "Seen on real saved pages"): the route ends at the `?`.
  const hash = url.hash.replace(/^#/, '').split('?')[0]!;
  const parts = hash.split('/');
  const route = parts[0] || 'inbox';
  let rest = parts.slice(1);
  let arg: string | null = null;
  if (ROUTES_WITH_ARG.has(route) && rest.length) {
    // The last part is a thread token only if it looks like one and
    // something stands before it (a label may itself contain '/').
    const last = rest[rest.length - 1]!;
    const hasToken = rest.length > 1 && TOKEN.test(last);
    arg = decodeURIComponent((hasToken ? rest.slice(0, -1) : rest).join('/').replace(/\+/g, ' '));
    rest = hasToken ? [last] : [];
  }
  const token = rest.length === 1 && TOKEN.test(rest[0]!) ? rest[0]! : null;
  return { account, route, arg, threadToken: token };
}

export const isGmail = (loc: Pick<Location, 'href'>): boolean => parseGmailUrl(loc.href) !== null;
export const isGmailThread = (loc: Pick<Location, 'href'>): boolean => parseGmailUrl(loc.href)?.threadToken != null;
