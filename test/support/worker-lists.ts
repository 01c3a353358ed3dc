import type { Deal, Person, SalesRequest } from '@/lib/model';
import { dealFilter } from '@/lib/options/deal-list';
import { weeklySyncMarkdown } from '@/lib/requests/weekly-sync';
import { compareRows, pageOf, rowOf } from '@/lib/store/deal-rows';

/**
 * What the worker answers to the list messages (lib/background/list-handlers.ts),
 * worked out from arrays, for component tests that mock `send`. Undefined
 * for any other message.
 */
export function listReply(type: string, payload: Record<string, unknown>, data: { deals: Deal[]; requests?: SalesRequest[]; people?: Person[] }): unknown {
  const { deals, requests = [], people = [] } = data;
  switch (type) {
    case 'deals.page': {
      const rows = deals.map(rowOf).sort(compareRows);
      return pageOf(rows, dealFilter(String(payload.filter ?? '')), Number(payload.limit ?? 200));
    }
    case 'deals.get':
      return deals.find((d) => d.id === payload.id) ?? null;
    case 'deals.ids':
      return deals.map((d) => d.id);
    case 'deals.names':
      return deals.filter((d) => (payload.ids as string[]).includes(d.id)).map((d) => ({ id: d.id, name: d.name }));
    case 'weekly.agenda':
      return { markdown: weeklySyncMarkdown({ requests, deals, people, today: String(payload.today) }) };
    default:
      return undefined;
  }
}
