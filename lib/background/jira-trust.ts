import { isAtlassianSite, isJiraSite, type Settings } from '@/lib/model';
import { HandoffError } from '@/lib/messaging/errors';
import { originOf } from '@/lib/messaging/sender';
import type { HandlerContext, Handlers } from '@/lib/messaging/router';
import type { MessageType } from '@/lib/messaging/protocol';

/**
 * Which Jira site a message is about (issue 13). From a content script it
 * is the sender tab's own origin, never what the page says: a site the
 * script claims must be that origin, or the message is refused. Extension
 * pages (options, popup) name the site and are trusted to.
 */
export function jiraSiteFor(ctx: HandlerContext, claimed: string | null | undefined): string {
  if (ctx.senderKind === 'content') {
    const own = originOf(ctx.senderUrl);
    if (!own) throw new HandoffError('forbidden', 'The sending page has no address');
    if (claimed && claimed !== own) throw new HandoffError('forbidden', `The page says it is ${claimed} but runs on ${own}`);
    return own;
  }
  if (!claimed || !isJiraSite(claimed)) {
    throw new HandoffError('invalid', `“${claimed ?? ''}” is not the https address of a Jira site`, [{ field: 'site', message: 'must be e.g. https://acme.atlassian.net' }]);
  }
  return claimed;
}

/** Sites the user allowed with the sidebar's confirm button, and self-hosted Jira the user added in options. */
export const isAllowedJiraSite = (s: Pick<Settings, 'jiraSites' | 'jiraHosts'>, site: string): boolean =>
  s.jiraSites.includes(site) || s.jiraHosts.includes(site);

/**
 * What a content script on a Jira Cloud site the user has not allowed yet
 * may still ask: nothing of the user's data. `link.resolve` and
 * `jira.badges` answer nothing (their handlers check the site themselves);
 * the site's status and its allow button work; everything else is refused.
 */
const OPEN_BEFORE_ALLOWED: ReadonlySet<MessageType> = new Set<MessageType>(['ping', 'link.resolve', 'jira.badges', 'jira.site.status', 'jira.site.allow', 'settings.setSidebarCollapsed']);

/** True when the sender is a content script on a `*.atlassian.net` site not allowed yet. */
export function isUnallowedJiraSender(ctx: HandlerContext, settings: Pick<Settings, 'jiraSites' | 'jiraHosts'>): boolean {
  if (ctx.senderKind !== 'content') return false;
  const origin = originOf(ctx.senderUrl);
  return !!origin && isAtlassianSite(origin) && !isAllowedJiraSite(settings, origin);
}

/** The handlers behind the gate above. */
export function gateJiraSites(handlers: Handlers, settings: () => Promise<Pick<Settings, 'jiraSites' | 'jiraHosts'>>): Handlers {
  const gated = {} as Record<MessageType, (p: unknown, c: HandlerContext) => Promise<unknown>>;
  for (const type of Object.keys(handlers) as MessageType[]) {
    const handler = handlers[type] as (p: unknown, c: HandlerContext) => Promise<unknown>;
    gated[type] = OPEN_BEFORE_ALLOWED.has(type)
      ? handler
      : async (payload, ctx) => {
          if (isUnallowedJiraSender(ctx, await settings())) {
            throw new HandoffError('forbidden', `Handoff is not allowed on ${originOf(ctx.senderUrl)} yet: press “Show Handoff” in its sidebar`);
          }
          return handler(payload, ctx);
        };
  }
  return gated as Handlers;
}
