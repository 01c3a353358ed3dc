import { isAtlassianSite, type Deal, type Settings } from '@/lib/model';
import { HandoffError } from '@/lib/messaging/errors';
import { originOf } from '@/lib/messaging/sender';
import type { Handlers } from '@/lib/messaging/router';
import { parseJiraUrl } from '@/lib/sites/jira/detect';
import { bindUnboundJira, dealsByLink, saveSettings, type DbHandle } from '@/lib/store';
import type { DealCache } from './deal-cache';
import { isAllowedJiraSite, jiraSiteFor } from './jira-trust';

export interface JiraSiteDeps {
  db: DbHandle;
  deals: DealCache;
  now: () => Date;
  currentSettings: () => Promise<Settings>;
  savedSettings: (s: Settings) => Promise<Settings>;
  announceDeals: () => Promise<void>;
}

type SiteHandlers = Pick<Handlers, 'jira.site.status' | 'jira.site.allow' | 'jira.sites.list' | 'jira.sites.remove'>;

/** The issue and project key the sender tab's URL shows (the URL, not the page's word). */
function keysOfUrl(url: string | undefined): string[] {
  const page = parseJiraUrl(url ?? '');
  return [page.issueKey, page.projectKey].filter((k): k is string => !!k);
}

/**
 * Allowed Jira sites (issue 13). A content script can allow only its own
 * tab's origin, and only a Jira Cloud one (self-hosted Jira is allowed by
 * adding it in options). Allowing binds the links with no site whose key
 * the tab's URL shows: the user saw that key on this site and confirmed.
 */
export function jiraSiteHandlers({ db, deals, now, currentSettings, savedSettings, announceDeals }: JiraSiteDeps): SiteHandlers {
  return {
    'jira.site.status': async (_p, ctx) => {
      const site = jiraSiteFor(ctx, null);
      const s = await currentSettings();
      const allowed = isAllowedJiraSite(s, site);
      if (!allowed) return { site, allowed, bindable: false };
      const d = await db.get();
      const keys = keysOfUrl(ctx.senderUrl);
      let bindable = false;
      for (const key of keys) if ((deals.lookup({ field: 'jiraUnbound', key }) ?? (await dealsByLink(d, 'jiraUnbound', key))).length) bindable = true;
      return { site, allowed, bindable };
    },
    'jira.site.allow': async ({ site: claimed }, ctx) => {
      if (ctx.senderKind !== 'content') throw new HandoffError('forbidden', 'Only a Jira page can allow its own site: press “Show Handoff” in its sidebar');
      const site = jiraSiteFor(ctx, claimed);
      const s = await currentSettings();
      if (!isAllowedJiraSite(s, site)) {
        if (!isAtlassianSite(site)) throw new HandoffError('forbidden', `${site} is not a Jira Cloud site; add a self-hosted Jira in Handoff's options`);
        await savedSettings(await saveSettings(await db.get(), { jiraSites: [...s.jiraSites, site] }));
      }
      const bound: Deal[] = await bindUnboundJira(await db.get(), site, keysOfUrl(originOf(ctx.senderUrl) ? ctx.senderUrl : undefined), now());
      if (bound.length) {
        for (const deal of bound) deals.put(deal);
        await announceDeals();
      }
      return { site, bound: bound.length };
    },
    'jira.sites.list': async () => (await currentSettings()).jiraSites,
    'jira.sites.remove': async ({ site }) => {
      const s = await currentSettings();
      const next = s.jiraSites.filter((x) => x !== site);
      await savedSettings(await saveSettings(await db.get(), { jiraSites: next }));
      return next;
    },
  };
}
