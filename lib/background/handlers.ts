import { ownDomainOf, type Deal, type SalesRequest, type Settings } from '@/lib/model';
import { DealCache } from './deal-cache';
import { crmHandlers, crmUnavailable, type CrmService } from './crm/handlers';
import { crmStatus } from '@/lib/crm/status-words';
import { normalizeJiraOrigin } from './jira-sites';
import { jiraSiteHandlers } from './jira-site-handlers';
import { listHandlers } from './list-handlers';
import { isAllowedJiraSite, jiraSiteFor } from './jira-trust';
import { BADGE_RATE, RateLimiter } from './rate-limit';
import { badgeFor } from '@/lib/deal';
import { localDay } from '@/lib/dates';
import { linkTiers, resolveLink } from '@/lib/deal/link';
import type { Handlers } from '@/lib/messaging/router';
import { HandoffError } from '@/lib/messaging/errors';
import type { StoreName } from '@/lib/sync/signal';
import { classifyEmail } from '@/lib/classify';
import { readerOf, roleOf } from './sender-role';
import { SelectorHealth } from './selector-health';
import { selectorHealthHandlers } from './selector-health-handlers';
import { dealChoices, isGmailPage } from './content-scope';
import {
  dealsByLink,
  flagsForThreads,
  flagStats,
  getFlag,
  recordFlag,
  deleteAllData,
  deleteDeal,
  deletePerson,
  deleteRequest,
  dealsByLinks,
  exportBackup,
  getDeal,
  getSettings,
  importBackupText,
  listDeals,
  listDealsPart,
  listPeople,
  listRequests,
  logRequestOnce,
  saveDeal,
  savePerson,
  saveRequest,
  saveSettings,
  setRequestStatus,
  updateDeal,
  type DbHandle,
} from '@/lib/store';
import { linkEntry } from '@/lib/store/link-index';

export interface HandlerDeps {
  db: DbHandle;
  /** Tells every open tab and page; called after the write committed. */
  announce: (stores: StoreName[]) => Promise<void>;
  now: () => Date;
  version: string;
  /** Opens an extension page in a new tab (browser.tabs.create in the worker). */
  openTab: (path: string) => Promise<void>;
  /** Runs Handoff's Jira script on these self-hosted origins (scripting API). */
  registerJiraHosts: (origins: readonly string[]) => Promise<void>;
  /** Whether the user granted the host permission for an origin. */
  hasHostPermission: (origin: string) => Promise<boolean>;
  /** The CRM connection (issue 16); left out where there is none (tests of other messages). */
  crm?: CrmService;
  /** The worker's lookup cache, shared with the CRM sync, which writes deals too; a fresh one when left out. */
  dealCache?: DealCache;
}

/** How long a worker's first `gmail.inspect` lets other messages in before its costly first classification. */
const FIRST_CLASSIFY_DELAY_MS = 30;

/** Parts the worker's cache warms in: at 10,000 deals ~300 deals (~10 ms) each, so a lookup meanwhile waits that long at most. */
const CACHE_PARTS = 32;

/** The lookup cache over the stored deals (one per worker). */
export const workerDealCache = (db: DbHandle) => new DealCache(async (part, parts) => listDealsPart(await db.get(), part, parts), CACHE_PARTS);

/** What each message does. Writes resolve after their transaction
 * committed, then announce the change; only then is the sender answered. */
export function createHandlers({ db, announce, now, version, openTab, registerJiraHosts, hasHostPermission, crm, dealCache }: HandlerDeps): Handlers {
  const changed = async <T>(stores: StoreName[], result: T): Promise<T> => {
    await announce(stores);
    return result;
  };
  // Reads every page makes are served from memory; writes keep them true.
  const deals = dealCache ?? workerDealCache(db);
  let settings: Promise<Settings> | null = null;
  const currentSettings = async () => {
    settings ??= db.get().then(getSettings);
    return settings.catch((e: unknown) => {
      settings = null;
      throw e;
    });
  };
  const savedSettings = (s: Settings) => {
    settings = Promise.resolve(s);
    return changed(['settings'], s);
  };
  // The script is registered first (no host is stored that Handoff cannot
  // run on), but the list is changed inside the settings transaction so two
  // tabs changing it at once both land; the script then follows the stored list.
  const savedHosts = async (registered: readonly string[], s: Settings) => {
    if (registered.join('\n') !== s.jiraHosts.join('\n')) await registerJiraHosts(s.jiraHosts);
    await savedSettings(s);
    return s.jiraHosts;
  };
  const savedDeal = (deal: Deal) => {
    deals.put(deal);
    return changed(['deals'], deal);
  };
  const health = new SelectorHealth(undefined, now);
  let classifiedOnce = false;
  const badgeRate = new RateLimiter(BADGE_RATE.capacity, BADGE_RATE.perSecond, () => now().getTime());
  /** Adds `site`/`key`; it replaces an unbound link of that key (the user bound it from the page). */
  const addJiraLink = async (dealId: string, value: string, site: string) => {
    const key = value.trim().toUpperCase();
    // Read, add and write in one transaction, so links added at once all land.
    return updateDeal(await db.get(), dealId, (stored) => {
      const rest = stored.links.jira.filter((l) => !(l.key === key && (l.site === site || l.site === null)));
      return { ...stored, links: { ...stored.links, jira: [...rest, { site, key }] } };
    }, now());
  };
  const crmService = crm ?? crmUnavailable((source) => noCrm(source));
  // Write-back is queued after the PM's change committed; a failure to queue never undoes that change.
  const afterRequest = async (request: SalesRequest) => {
    const deal = request.dealId ? await getDeal(await db.get(), request.dealId) : null;
    await crmService.onRequestSaved(request, deal).catch((e: unknown) => console.error('Handoff write-back:', e));
    return request;
  };
  const noCrm = (source: 'hubspot' | 'salesforce') => crmStatus({ source, config: null, state: null, running: false, outbox: { pending: 0, failed: 0 }, now: now() });
  return {
    ...crmHandlers(crmService),
    ...selectorHealthHandlers({ now, health }),
    ...jiraSiteHandlers({ db, deals, now, currentSettings, savedSettings, announceDeals: () => announce(['deals']) }),
    ...listHandlers(db, deals),
    ping: async () => ({ version }),
    'link.resolve': async ({ context: claimed }, ctx) => deals.foreground(async () => {
      const [d, s] = await Promise.all([db.get(), currentSettings()]);
      // Jira: the sender tab's site, never the page's word; nothing for a site not allowed (issue 13).
      const context = claimed.kind === 'jira' ? { ...claimed, site: jiraSiteFor(ctx, claimed.site) } : claimed;
      if (context.kind === 'jira' && !isAllowedJiraSite(s, context.site)) return { link: null, defaultRemindDays: s.defaultRemindDays };
      // Cold: answered from the indexes; the cache warms after this answer, not before it (issue 18).
      if (!deals.ready) deals.warmSoon();
      const link = await resolveLink(context, ownDomainOf(s), (l) => deals.lookup(l) ?? dealsByLink(d, l.field, l.key));
      return { link, defaultRemindDays: s.defaultRemindDays };
    }),
    'link.add': async ({ dealId, kind, value, site }, ctx) => {
      if (kind === 'jira') return savedDeal(await addJiraLink(dealId, value, jiraSiteFor(ctx, site)));
      const normalized = value.trim().toLowerCase();
      // Read, add and write in one transaction, so links added at once all land.
      const deal = await updateDeal(await db.get(), dealId, (stored) => {
        const list = stored.links[kind];
        return list.some((v) => v.toLowerCase() === normalized.toLowerCase()) ? stored : { ...stored, links: { ...stored.links, [kind]: [...list, normalized] } };
      }, now());
      return savedDeal(deal);
    },
    'deals.list': async () => listDeals(await db.get()),
    'deals.choices': async () => dealChoices(await listDeals(await db.get())),
    'deals.get': async ({ id }) => deals.get(id) ?? deals.foreground(async () => getDeal(await db.get(), id)),
    'deals.save': async ({ deal, create }) => {
      const d = await db.get();
      const id = (deal as { id?: unknown } | null)?.id;
      const before = typeof id === 'string' ? await getDeal(d, id) : null;
      const saved = await saveDeal(d, deal, now(), { create });
      await crmService.onDealSaved(before, saved).catch((e: unknown) => console.error('Handoff write-back:', e));
      return savedDeal(saved);
    },
    'deals.delete': async ({ id }) => {
      await deleteDeal(await db.get(), id);
      deals.delete(id);
      return changed(['deals'], { ok: true as const });
    },
    'people.list': async () => listPeople(await db.get()),
    'people.save': async ({ person, previousEmail, expected }) => changed(['people'], await savePerson(await db.get(), person, previousEmail, expected)),
    'people.delete': async ({ email }) => {
      await deletePerson(await db.get(), email);
      return changed(['people'], { ok: true as const });
    },
    'requests.list': async (q) => listRequests(await db.get(), q),
    'requests.save': async ({ request }) => changed(['requests'], await afterRequest(await saveRequest(await db.get(), request))),
    'requests.log': async ({ request }, { senderUrl }) => {
      // Only Gmail's flag owns `gmail-` ids; a Jira or Asana page logs nothing.
      if (!isGmailPage(senderUrl)) throw new HandoffError('forbidden', 'Only the Gmail page logs the requests it flagged');
      const { request: saved, wrote } = await logRequestOnce(await db.get(), request);
      return wrote ? changed(['requests'], await afterRequest(saved)) : saved;
    },
    'requests.setStatus': async ({ id, status }) => changed(['requests'], await setRequestStatus(await db.get(), id, status)),
    'requests.delete': async ({ id }) => {
      await deleteRequest(await db.get(), id);
      return changed(['requests'], { ok: true as const });
    },
    'settings.get': async () => currentSettings(),
    'settings.forContent': async () => {
      const s = await currentSettings();
      return { ownDomain: ownDomainOf(s), redirectTemplate: s.redirectTemplate, sidebarCollapsed: s.sidebarCollapsed };
    },
    'settings.save': async ({ patch, expected }) => savedSettings(await saveSettings(await db.get(), patch, expected)),
    'settings.setSidebarCollapsed': async ({ collapsed }) =>
      savedSettings(await saveSettings(await db.get(), { sidebarCollapsed: collapsed })),
    'backup.import': async ({ text, fileName }) => {
      const result = await importBackupText(await db.get(), text, fileName);
      if (!result.ok) return result;
      deals.invalidate();
      return changed(['deals', 'people', 'requests'], result);
    },
    'backup.export': async () => exportBackup(await db.get(), now()),
    'gmail.inspect': async ({ threadId, messageId, participants, email }) => deals.foreground(async () => {
      const [d, s] = await Promise.all([db.get(), currentSettings()]);
      if (!deals.ready) deals.warmSoon();
      const link = await resolveLink({ kind: 'gmail', threadId, participants }, ownDomainOf(s), (l) => deals.lookup(l) ?? dealsByLink(d, l.field, l.key));
      const senderRole = await roleOf(d, email.from.email, s, link?.deal ?? null);
      const dealStage = link?.deal.stage ?? null;
      const reader = await readerOf(d, s);
      // The first mail a worker reads costs its classifier ~100 ms (patterns compiled, the
      // cue prefilter built): the sidebar's link.resolve, sent a frame after this, goes first.
      if (!classifiedOnce) await new Promise((resume) => setTimeout(resume, FIRST_CLASSIFY_DELAY_MS));
      classifiedOnce = true;
      const result = classifyEmail(email, { senderRole, dealStage, reader });
      let flag = await getFlag(d, messageId);
      if (!flag && result.label !== 'none') {
        flag = await recordFlag(d, { messageId, threadId, label: result.label, status: 'flagged', at: now().toISOString(), requestId: null }, { keepExisting: true });
        await announce(['flags']);
      }
      return { ...result, senderRole, dealStage, dealId: link?.deal.id ?? null, flag };
    }),
    'flags.set': async (f) => changed(['flags'], await recordFlag(await db.get(), { ...f, at: now().toISOString() })),
    'gmail.flag': async ({ messageId }) => getFlag(await db.get(), messageId),
    'flags.forThreads': async ({ threadIds }) => flagsForThreads(await db.get(), threadIds),
    'flags.stats': async () => flagStats(await db.get()),
    'jira.badges': async ({ issueKeys, site: claimed }, ctx) => deals.foreground(async () => {
      const [d, s] = await Promise.all([db.get(), currentSettings()]);
      const site = jiraSiteFor(ctx, claimed);
      // A site the user has not allowed learns nothing, not even how fast it may ask.
      if (!isAllowedJiraSite(s, site)) return {};
      if (!badgeRate.take(`${ctx.senderTabId ?? ctx.senderUrl ?? ctx.senderKind}`)) {
        throw new HandoffError('rate-limited', `Too many badge lookups from this tab: at most ${BADGE_RATE.perSecond} a second`);
      }
      const today = localDay(now());
      const out: Record<string, { dealId: string; dealName: string; level: 'info' | 'warning' | 'danger'; text: string }> = {};
      const keys = [...new Set(issueKeys.map((k) => k.toUpperCase()))];
      // Cold: every card's lookups in one transaction, all in flight at once; the cache warms after.
      const fetched = deals.ready ? null : await dealsByLinks(d, keys.flatMap((key) => linkTiers({ kind: 'jira', site, issueKey: key, projectKey: null }, null).flatMap((t) => t.lookups)));
      if (!deals.ready) deals.warmSoon();
      for (const key of keys) {
        const link = await resolveLink({ kind: 'jira', site, issueKey: key, projectKey: null }, ownDomainOf(s), (l) => deals.lookup(l) ?? fetched?.get(linkEntry(l.field, l.key)) ?? dealsByLink(d, l.field, l.key));
        if (link) out[key] = { dealId: link.deal.id, dealName: link.deal.name, ...badgeFor(link.deal, today, s.defaultRemindDays) };
      }
      return out;
    }),
    'jira.hosts.list': async () => (await currentSettings()).jiraHosts,
    'jira.hosts.add': async ({ origin }) => {
      const normalized = normalizeJiraOrigin(origin);
      if (!normalized) throw new HandoffError('invalid', `"${origin}" is not an https address of a self-hosted Jira (Jira Cloud needs no setup)`, [{ field: 'origin', message: 'must be https://your-jira-host' }]);
      if (!(await hasHostPermission(normalized))) throw new HandoffError('forbidden', `Handoff has no permission for ${normalized}: allow it when the browser asks`);
      const wanted = [...new Set([...(await currentSettings()).jiraHosts, normalized])];
      await registerJiraHosts(wanted);
      return savedHosts(wanted, await saveSettings(await db.get(), (s) => ({ jiraHosts: [...new Set([...s.jiraHosts, normalized])] })));
    },
    'jira.hosts.remove': async ({ origin }) => {
      const wanted = (await currentSettings()).jiraHosts.filter((h) => h !== origin);
      await registerJiraHosts(wanted);
      return savedHosts(wanted, await saveSettings(await db.get(), (s) => ({ jiraHosts: s.jiraHosts.filter((h) => h !== origin) })));
    },
    'ui.openOptions': async ({ view }) => {
      await openTab(`/options.html#${view}`);
      return { ok: true as const };
    },
    'data.deleteAll': async () => {
      // "All data" includes the CRM tokens: every connection is forgotten, with its host permission.
      for (const source of ['hubspot', 'salesforce'] as const) await crmService.disconnect(source);
      await deleteAllData(await db.get());
      await health.clear();
      deals.invalidate();
      settings = null;
      return changed(['deals', 'people', 'requests', 'settings', 'crm'], { ok: true as const });
    },
  };
}

