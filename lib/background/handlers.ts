import { ownDomainOf } from '@/lib/model';
import { resolveLink } from '@/lib/link';
import type { Handlers } from '@/lib/messaging/router';
import { HandoffError } from '@/lib/messaging/errors';
import type { StoreName } from '@/lib/sync/signal';
import {
  dealsByLink,
  deleteAllData,
  deleteDeal,
  deletePerson,
  deleteRequest,
  exportBackup,
  getDeal,
  getSettings,
  importBackupText,
  listDeals,
  listPeople,
  listRequests,
  saveDeal,
  savePerson,
  saveRequest,
  saveSettings,
  setRequestStatus,
  type DbHandle,
} from '@/lib/store';

export interface HandlerDeps {
  db: DbHandle;
  /** Tells every open tab and page; called after the write committed. */
  announce: (stores: StoreName[]) => Promise<void>;
  now: () => Date;
  version: string;
  /** Opens an extension page in a new tab (browser.tabs.create in the worker). */
  openTab: (path: string) => Promise<void>;
}

/** What each message does. Writes resolve after their transaction
 * committed, then announce the change; only then is the sender answered. */
export function createHandlers({ db, announce, now, version, openTab }: HandlerDeps): Handlers {
  const changed = async <T>(stores: StoreName[], result: T): Promise<T> => {
    await announce(stores);
    return result;
  };
  return {
    ping: async () => ({ version }),
    'link.resolve': async ({ context }) => {
      const d = await db.get();
      const settings = await getSettings(d);
      const link = await resolveLink(context, ownDomainOf(settings), ({ field, key }) => dealsByLink(d, field, key));
      return { link, defaultRemindDays: settings.defaultRemindDays };
    },
    'link.add': async ({ dealId, kind, value }) => {
      const d = await db.get();
      const deal = await getDeal(d, dealId);
      if (!deal) throw new HandoffError('not-found', `No deal with id "${dealId}"`);
      const normalized = kind === 'jira' ? value.trim().toUpperCase() : value.trim().toLowerCase();
      const list = deal.links[kind];
      const next = list.some((v) => v.toLowerCase() === normalized.toLowerCase()) ? deal : { ...deal, links: { ...deal.links, [kind]: [...list, normalized] } };
      return changed(['deals'], await saveDeal(d, next, now()));
    },
    'deals.list': async () => listDeals(await db.get()),
    'deals.get': async ({ id }) => getDeal(await db.get(), id),
    'deals.save': async ({ deal, create }) => changed(['deals'], await saveDeal(await db.get(), deal, now(), { create })),
    'deals.delete': async ({ id }) => {
      await deleteDeal(await db.get(), id);
      return changed(['deals'], { ok: true as const });
    },
    'people.list': async () => listPeople(await db.get()),
    'people.save': async ({ person, previousEmail }) => changed(['people'], await savePerson(await db.get(), person, previousEmail)),
    'people.delete': async ({ email }) => {
      await deletePerson(await db.get(), email);
      return changed(['people'], { ok: true as const });
    },
    'requests.list': async (q) => listRequests(await db.get(), q),
    'requests.save': async ({ request }) => changed(['requests'], await saveRequest(await db.get(), request)),
    'requests.setStatus': async ({ id, status }) => changed(['requests'], await setRequestStatus(await db.get(), id, status)),
    'requests.delete': async ({ id }) => {
      await deleteRequest(await db.get(), id);
      return changed(['requests'], { ok: true as const });
    },
    'settings.get': async () => getSettings(await db.get()),
    'settings.save': async ({ patch }) => changed(['settings'], await saveSettings(await db.get(), patch)),
    'settings.setSidebarCollapsed': async ({ collapsed }) =>
      changed(['settings'], await saveSettings(await db.get(), { sidebarCollapsed: collapsed })),
    'backup.import': async ({ text, fileName }) => {
      const result = await importBackupText(await db.get(), text, fileName);
      return result.ok ? changed(['deals', 'people', 'requests'], result) : result;
    },
    'backup.export': async () => exportBackup(await db.get(), now()),
    'ui.openOptions': async ({ view }) => {
      await openTab(`/options.html#${view}`);
      return { ok: true as const };
    },
    'data.deleteAll': async () => {
      await deleteAllData(await db.get());
      return changed(['deals', 'people', 'requests', 'settings'], { ok: true as const });
    },
  };
}

