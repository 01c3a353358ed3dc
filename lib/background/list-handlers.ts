import type { Handlers } from '@/lib/messaging/router';
import { dealFilter } from '@/lib/options/deal-list';
import { weeklySyncMarkdown } from '@/lib/requests/weekly-sync';
import { firstDealRows, getDeal, listPeople, listRequests, type DbHandle } from '@/lib/store';
import type { DealCache } from './deal-cache';

type ListHandlers = Pick<Handlers, 'deals.page' | 'deals.ids' | 'deals.names' | 'weekly.agenda'>;

/**
 * What the options page shows of many deals, worked out here so that the
 * page never loads them all (issue 18): the deals list's first screenful
 * from the row index (cold or warm, whatever the number of deals), a
 * filtered list from the worker's cache, the names of the deals some
 * requests name, and the weekly agenda.
 */
export function listHandlers(db: DbHandle, deals: DealCache): ListHandlers {
  return {
    'deals.page': async ({ filter, limit }) => {
      if (!filter.trim()) {
        const page = await deals.foreground(async () => firstDealRows(await db.get(), limit));
        deals.warmSoon();
        return page;
      }
      return deals.page(dealFilter(filter), limit);
    },
    // Only a new deal's form asks (its id must be free): from the cache, which it warms.
    'deals.ids': async () => (await deals.all()).map((deal) => deal.id),
    'deals.names': async ({ ids }) => {
      const d = await db.get();
      const found = await deals.foreground(() => Promise.all([...new Set(ids)].map((id) => deals.get(id) ?? getDeal(d, id))));
      return found.filter((deal) => deal !== null).map((deal) => ({ id: deal.id, name: deal.name }));
    },
    'weekly.agenda': async ({ today }) => {
      const d = await db.get();
      const [requests, people, all] = await Promise.all([listRequests(d), listPeople(d), deals.all()]);
      return { markdown: weeklySyncMarkdown({ requests, deals: all, people, today }) };
    },
  };
}
