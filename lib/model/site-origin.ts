// No zod here: content scripts and the options page's routes import these (bundle size).

/**
 * A Jira site is an https origin (`https://acme.atlassian.net` or a
 * self-hosted `https://jira.example.com`): Jira Cloud is multi-tenant, so a
 * key means nothing without its site (lib/sites/HOSTS.md).
 */
export function isJiraSite(s: string): boolean {
  return jiraSiteOf(s) === s;
}

/** The site (origin) of a URL or origin, or null when it is not an https address. */
export function jiraSiteOf(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
  return url.origin;
}

export const isAtlassianSite = (site: string): boolean => /^https:\/\/[a-z0-9-]+\.atlassian\.net$/.test(site);

/** `https://acme.atlassian.net` → `acme.atlassian.net`, for people to read. */
export const siteHost = (site: string): string => site.replace(/^https:\/\//, '');
