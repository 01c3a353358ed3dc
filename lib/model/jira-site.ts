import { z } from 'zod';
import { isJiraSite } from './site-origin';

export { isAtlassianSite, isJiraSite, jiraSiteOf, siteHost } from './site-origin';

export const jiraSiteSchema = z.string().max(300).refine(isJiraSite, {
  error: 'must be the https address of a Jira site, e.g. https://acme.atlassian.net',
});

export const JIRA_KEY = /^[A-Z][A-Z0-9]+(-\d+)?$/;
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
