import { normalizeEmail, type Deal, type SalesRequest } from '@/lib/model';
import type { DealKeys, StoredDeal, StoredRequest } from './schema';

const ISSUE_KEY = /^[A-Z][A-Z0-9]+-\d+$/;

export function dealKeys(deal: Deal): DealKeys {
  const jira = deal.links.jira.map((k) => k.trim().toUpperCase());
  return {
    domain: unique(deal.links.domains.map((d) => d.trim().toLowerCase())),
    gmailThread: unique(deal.links.gmailThreads.map((t) => t.trim().toLowerCase())),
    jiraProject: unique(jira.filter((k) => !ISSUE_KEY.test(k))),
    jiraIssue: unique(jira.filter((k) => ISSUE_KEY.test(k))),
    asana: unique(deal.links.asana.map((g) => g.trim())),
  };
}

export function wrapDeal(deal: Deal): StoredDeal {
  return { id: deal.id, deal, k: dealKeys(deal) };
}

/** Requests without a deal index under '' (IndexedDB cannot index null). */
export function wrapRequest(request: SalesRequest): StoredRequest {
  return {
    id: request.id,
    request,
    k: {
      loggedAt: new Date(request.loggedAt).toISOString(),
      dealId: request.dealId ?? '',
      sender: normalizeEmail(request.from.email),
      status: request.status,
    },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
