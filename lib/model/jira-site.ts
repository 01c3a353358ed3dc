import { z } from 'zod';

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

export const jiraSiteSchema = z.string().max(300).refine(isJiraSite, {
  error: 'must be the https address of a Jira site, e.g. https://acme.atlassian.net',
});

const JIRA_KEY = /^[A-Z][A-Z0-9]+(-\d+)?$/;
export const ISSUE_KEY_PATTERN = /^[A-Z][A-Z0-9]+-\d+$/;

/**
 * One Jira link: a project key (`NW`) or issue key (`OPS-17`) on a site.
 * `site: null` is an unbound link, read from a version 1 backup or an older
 * database, where keys had no site; it links nothing until the user binds
 * it (lib/model/BACKUP-FORMAT.md, "Unbound Jira links").
 */
export const jiraLinkSchema = z.looseObject({
  site: jiraSiteSchema.nullable(),
  key: z.string().regex(JIRA_KEY, { error: 'must be a Jira project key (NW) or issue key (OPS-17)' }),
});

export type JiraLink = z.infer<typeof jiraLinkSchema>;
