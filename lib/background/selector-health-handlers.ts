import { HandoffError } from '@/lib/messaging/errors';
import type { Handlers } from '@/lib/messaging/router';
import { originOf } from '@/lib/messaging/sender';
import { RateLimiter } from './rate-limit';
import { SelectorHealth, siteOf } from './selector-health';

/** `health.miss`: a page view reports once per selector; more than this is a page churning, not news. */
export const MISS_RATE = { capacity: 10, perSecond: 1 } as const;

/**
 * The site a content script may report misses for: its own. Gmail and Asana
 * have one origin each; any other origin the router let through (Jira Cloud,
 * a self-hosted Jira the user granted) runs the Jira script.
 */
export function senderSite(url: string | undefined): 'gmail' | 'jira' | 'asana' | null {
  const origin = originOf(url);
  if (!origin) return null;
  if (origin === 'https://mail.google.com') return 'gmail';
  if (origin === 'https://app.asana.com') return 'asana';
  return 'jira';
}

export function selectorHealthHandlers({ now, health = new SelectorHealth(undefined, now) }: { now: () => Date; health?: SelectorHealth }): Pick<
  Handlers,
  'health.miss' | 'health.list' | 'health.clear'
> {
  const rate = new RateLimiter(MISS_RATE.capacity, MISS_RATE.perSecond, () => now().getTime());
  return {
    'health.miss': async ({ names }, ctx) => {
      const site = senderSite(ctx.senderUrl);
      const foreign = names.find((n) => siteOf(n) !== site);
      // A Gmail page has no business counting Jira's selectors, and so on.
      if (foreign) throw new HandoffError('forbidden', `"${foreign}" is not a selector of this page's site`);
      if (!rate.take(`${ctx.senderTabId ?? ctx.senderUrl}`)) return { counted: 0 };
      return { counted: await health.record(names) };
    },
    'health.list': async () => health.list(),
    'health.clear': async () => {
      await health.clear();
      return { ok: true as const };
    },
  };
}
