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
 * The issue view an element belongs to: a known container (full page,
 * modal, the backlog's side panel, Server's views), else the nearest
 * ancestor that holds a current-issue breadcrumb (structure: real pages
 * carry no `data-vc` container on every view, test/fixtures/real/jira-issue-view.html).
 */
export function issueViewOf(el: Element): Element | null {
  const known = el.closest(JIRA.issueContainer.css.join(', '));
  if (known) return known;
  for (let p = el.parentElement; p && p !== el.ownerDocument.body; p = p.parentElement) {
    if (query(p, JIRA.currentIssueKey)) return p;
  }
  return null;
}

/** The key an issue view names for itself: its container's attribute, its current-issue breadcrumb, Server's detail. */
function ownKey(view: Element): string | null {
  return asIssueKey(view.getAttribute('data-issuekey')) ?? asIssueKey(view.getAttribute('data-issue-key'))
    ?? keyOfLink(query(view, JIRA.currentIssueKey))
    ?? asIssueKey(query(view, JIRA.detailIssueKey)?.getAttribute('data-issuekey'));
}

/**
 * The key of the issue whose title this is: its own issue view's key (the
 * page, the modal or the backlog's side panel may show another issue than
 * the URL, e.g. while Jira swaps the panel), else the page's key.
 */
export function titleKey(title: Element, doc: Document = title.ownerDocument, href = doc.location?.href ?? ''): string | null {
  const view = issueViewOf(title);
  return (view && ownKey(view)) ?? readIssueKey(doc, href);
}

/** The issue the backlog's side panel shows (its current-issue breadcrumb), if one is open. */
export function sidePanelKey(doc: ParentNode): string | null {
  const panel = query(doc, JIRA.sidePanel);
  return panel ? keyOfLink(query(panel, JIRA.currentIssueKey)) : null;
}

/**
 * The issue a page shows: the URL first (Jira keeps it exact), then the
 * backlog's side panel (its current-issue breadcrumb), then Jira Server's
 * markup: `meta[name="ajs-issue-key"]`, `#key-val`, the board's `#ghx-detail-view`.
 */
export function readIssueKey(doc: Document, href: string): string | null {
  const fromUrl = parseJiraUrl(href).issueKey;
  if (fromUrl) return fromUrl;
  return sidePanelKey(doc)
    ?? asIssueKey(query(doc, JIRA.serverIssueKeyMeta)?.getAttribute('content'))
    ?? keyOfLink(query(doc, JIRA.serverKey))
    ?? (() => {
      const detail = query(doc, JIRA.serverDetail);
      return detail ? asIssueKey(query(detail, JIRA.detailIssueKey)?.getAttribute('data-issuekey')) ?? keyOfLink(query(detail, JIRA.detailKeyLink)) : null;
    })();
}

/** A list row's key, from its key link (backlog, issue navigator, an epic's children, timeline). */
export function rowKey(link: Element): string | null {
  return keyOfLink(link);
}

/** The button Jira opens a board card with, in place (no new tab), if the card has one. */
export function cardOpener(card: Element): HTMLElement | null {
  return query<HTMLElement>(card, JIRA.cardOpener);
}

/** Jira Cloud lives on `*.atlassian.net`; anything else running this script is a self-hosted Jira the user added. */
export const isSelfHosted = (loc: Pick<Location, 'href'>): boolean => {
  try {
    return !new URL(loc.href).hostname.endsWith('.atlassian.net');
  } catch {
    return false;
  }
};
