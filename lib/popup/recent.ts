/**
 * The popup's list of recent requests and the open count above it. The
 * count is exact: the 20 newest hold every open request only when there are
 * fewer than 20 requests in all, else the open ones are counted on their own.
 */
import type { SalesRequest } from '@/lib/model';

export const RECENT_LIMIT = 20;

export interface Recent {
  requests: SalesRequest[];
  openCount: number;
}

export type ListRequests = (query: { limit?: number; status?: 'open' }) => Promise<SalesRequest[]>;

export function countOpen(requests: readonly SalesRequest[]): number {
  return requests.filter((r) => r.status === 'open').length;
}

export async function loadRecent(list: ListRequests, limit = RECENT_LIMIT): Promise<Recent> {
  const requests = await list({ limit });
  const openCount = requests.length < limit ? countOpen(requests) : (await list({ status: 'open' })).length;
  return { requests, openCount };
}

/** "No open requests", "1 open request", "12 open requests". */
export function openCountText(count: number): string {
  if (count === 0) return 'No open requests';
  return `${count} open request${count === 1 ? '' : 's'}`;
}
