import type { JiraLink } from '@/lib/model/jira-site';
import { jiraSiteOf, siteHost } from '@/lib/model/site-origin';

const KEY = /^[A-Z][A-Z0-9]+(-\d+)?$/;

/** `{ site: 'https://acme.atlassian.net', key: 'OPS-17' }` → `acme.atlassian.net/OPS-17`; an unbound link is its bare key. */
export function formatJiraLink(link: JiraLink): string {
  return link.site ? `${siteHost(link.site)}/${link.key}` : link.key;
}

/** `acme.atlassian.net/OPS-17` or `https://acme.atlassian.net/OPS-17` → `{ site, key }`, or why not. */
export function parseJiraLinkText(text: string, unbound: ReadonlySet<string>): { link: JiraLink } | { problem: string } {
  const line = text.trim();
  const slash = line.lastIndexOf('/');
  const key = line.slice(slash + 1).trim().toUpperCase();
  const sitePart = slash >= 0 ? line.slice(0, slash).trim() : '';
  if (!KEY.test(key)) return { problem: `“${line}”: “${key || '(empty)'}” is not a Jira project key (NW) or issue key (OPS-17)` };
  if (slash < 0) {
    // Only a link that was already unbound (read from version 1 data) may stay so.
    if (unbound.has(key)) return { link: { site: null, key } };
    return { problem: `“${line}” needs its Jira site: write it as acme.atlassian.net/${key}` };
  }
  const site = jiraSiteOf(sitePart.includes('://') ? sitePart : `https://${sitePart}`);
  if (!site) return { problem: `“${line}”: “${sitePart}” is not the https address of a Jira site, e.g. acme.atlassian.net/${key}` };
  return { link: { site, key } };
}

/**
 * The editor's lines into links, each bad line named. A bad line is left
 * out of the links and blocks saving through its problem.
 */
export function parseJiraLines(text: string, base: readonly JiraLink[]): { links: JiraLink[]; problems: string[] } {
  const unbound = new Set(base.filter((l) => l.site === null).map((l) => l.key));
  const links: JiraLink[] = [];
  const problems: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const r = parseJiraLinkText(line, unbound);
    if ('link' in r) {
      if (!links.some((l) => l.site === r.link.site && l.key === r.link.key)) links.push(r.link);
    } else problems.push(r.problem);
  }
  return { links, problems };
}
