import { query } from '@/lib/sites/runtime/selectors';
import { ISSUE_KEY, parseJiraUrl } from './detect';
import { JIRA } from './selectors';

/** `KEY-1` when `s` is an issue key (any case), else null. */
export function asIssueKey(s: string | null | undefined): string | null {
  const k = s?.trim().toUpperCase();
  return k && ISSUE_KEY.test(k) ? k : null;
}

/** The issue key in a `/browse/KEY-1` link (absolute, relative, with a context path or a query). */
export function keyFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const m = /\/browse\/([A-Za-z][A-Za-z0-9]+-\d+)(?:[/?#]|$)/.exec(href);
  return asIssueKey(m?.[1]);
}

/** A link's key: from its href, else from its text. */
function keyOfLink(a: Element | null): string | null {
  if (!a) return null;
  return keyFromHref(a.getAttribute('href')) ?? asIssueKey(a.getAttribute('data-issue-key')) ?? asIssueKey(a.textContent);
}

/** The link on a board card that names its issue (Cloud: `/browse/KEY` link; Server: `a.ghx-key`). */
export function cardKeyLink(card: Element): HTMLElement | null {
  return query<HTMLElement>(card, JIRA.cardKeyLink);
}

/**
 * A board card's issue key: Server cards carry `data-issue-key`; Cloud
 * cards a descendant link to `/browse/KEY-N`. Null when the markup has
 * neither (no badge, no error).
 */
export function cardKey(card: Element): string | null {
  return asIssueKey(card.getAttribute('data-issue-key')) ?? keyOfLink(cardKeyLink(card));
}

/**
 * The key of the issue whose title this is: the current-issue link of the
 * title's own container (page, modal, or Server's detail view), else the
 * Server page's `ajs-issue-key` meta, else the URL.
 */
export function titleKey(title: Element, doc: Document = title.ownerDocument, href = doc.location?.href ?? ''): string | null {
  const container = title.closest(JIRA.issueContainer.css.join(', '));
  if (container) {
    const own = asIssueKey(container.getAttribute('data-issuekey')) ?? asIssueKey(container.getAttribute('data-issue-key'))
      ?? keyOfLink(query(container, JIRA.currentIssueKey));
    if (own) return own;
    const detail = query(container, JIRA.detailIssueKey);
    if (detail) return asIssueKey(detail.getAttribute('data-issuekey'));
  }
  return readIssueKey(doc, href);
}

/**
 * The issue a page shows: the URL first (Jira keeps it exact), then Jira
 * Server's markup: `meta[name="ajs-issue-key"]`, `#key-val`, the board's
 * `#ghx-detail-view`.
 */
export function readIssueKey(doc: Document, href: string): string | null {
  const fromUrl = parseJiraUrl(href).issueKey;
  if (fromUrl) return fromUrl;
  return asIssueKey(query(doc, JIRA.serverIssueKeyMeta)?.getAttribute('content'))
    ?? keyOfLink(query(doc, JIRA.serverKey))
    ?? (() => {
      const detail = query(doc, JIRA.serverDetail);
      return detail ? asIssueKey(query(detail, JIRA.detailIssueKey)?.getAttribute('data-issuekey')) ?? keyOfLink(query(detail, JIRA.detailKeyLink)) : null;
    })();
}

/** Jira Cloud lives on `*.atlassian.net`; anything else running this script is a self-hosted Jira the user added. */
export const isSelfHosted = (loc: Pick<Location, 'href'>): boolean => {
  try {
    return !new URL(loc.href).hostname.endsWith('.atlassian.net');
  } catch {
    return false;
  }
};
