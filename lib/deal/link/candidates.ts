import { emailDomain } from '@/lib/model';
import { jiraIndexKey } from '@/lib/store/keys';
import type { DealKeys } from '@/lib/store/schema';
import type { LinkVia, PageContext } from './context';

/** One lookup: deals whose `k[field]` holds `key`. */
export interface LinkLookup {
  field: keyof DealKeys;
  key: string;
}

/** Lookups of one precedence tier: the first tier with a match wins. */
export interface LinkTier {
  via: LinkVia;
  lookups: LinkLookup[];
}

/**
 * The lookups for a page, strongest link first (lib/model/BACKUP-FORMAT.md): an
 * explicit Gmail thread beats a domain match, a Jira issue key beats its
 * project key, an Asana task gid beats its project gid. The user's own
 * domain never links. A Jira key matches only links on the page's own site
 * (Jira Cloud is multi-tenant: lib/sites/HOSTS.md); unbound links match nothing.
 */
export function linkTiers(ctx: PageContext, ownDomain: string | null): LinkTier[] {
  switch (ctx.kind) {
    case 'gmail': {
      const tiers: LinkTier[] = [];
      if (ctx.threadId) tiers.push({ via: 'gmail-thread', lookups: [{ field: 'gmailThread', key: ctx.threadId.toLowerCase() }] });
      const domains = new Set<string>();
      for (const address of ctx.participants) {
        const domain = emailDomain(address);
        if (!domain || isOwnDomain(domain, ownDomain)) continue;
        for (const d of domainAndParents(domain)) domains.add(d);
      }
      tiers.push({ via: 'domain', lookups: [...domains].map((key) => ({ field: 'domain', key })) });
      return tiers;
    }
    case 'jira': {
      const issue = ctx.issueKey?.toUpperCase() ?? null;
      const project = ctx.projectKey?.toUpperCase() ?? issue?.replace(/-\d+$/, '') ?? null;
      return [
        { via: 'jira-issue', lookups: issue ? [{ field: 'jiraIssue', key: jiraIndexKey(ctx.site, issue) }] : [] },
        { via: 'jira-project', lookups: project ? [{ field: 'jiraProject', key: jiraIndexKey(ctx.site, project) }] : [] },
      ];
    }
    case 'asana':
      return [
        { via: 'asana-task', lookups: ctx.taskGid ? [{ field: 'asana', key: ctx.taskGid }] : [] },
        { via: 'asana-project', lookups: ctx.projectGid ? [{ field: 'asana', key: ctx.projectGid }] : [] },
      ];
  }
}

function isOwnDomain(domain: string, own: string | null): boolean {
  if (!own) return false;
  return domain === own || domain.endsWith(`.${own}`);
}

/** `eu.mail.acme.com` → itself, `mail.acme.com`, `acme.com` (not `com`). */
export function domainAndParents(domain: string): string[] {
  const parts = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}
