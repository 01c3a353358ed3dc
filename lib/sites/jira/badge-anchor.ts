import { BADGE_TAG, createBadge } from '@/components/badge';
import { trusted } from '@/components/kit/trusted';
import { send } from '@/lib/messaging/client';
import { parseJiraUrl } from './detect';
import { cardKeyLink, cardOpener } from './read';
import { focusSidebar, requestSidebarFocus } from './sidebar-focus';

/** Where a badge sits: after an issue title, on a board card, or after a list row's key link. */
export type Place = 'card' | 'title' | 'row';
export interface Anchor {
  /** The title, the card, or the row's key link. */
  el: HTMLElement;
  place: Place;
  key: string;
}

/** The badge already placed for an anchor (this run's or an earlier one's). */
export function badgeOf({ el, place, key }: Anchor): HTMLElement | null {
  if (place === 'card') return el.querySelector<HTMLElement>(`${BADGE_TAG}[data-issue-key="${key}"]`);
  const next = el.nextElementSibling;
  return next?.localName === BADGE_TAG && next.getAttribute('data-issue-key') === key ? (next as HTMLElement) : null;
}

/**
 * Creates the badge: after the title, after the row's key link, or after
 * the card's key link: always beside a link, never inside it, so a click on
 * the badge is no click on the link (a card's key link has
 * `target="_blank"`: a new tab, lib/sites/HOSTS.md).
 */
export function placeBadge(a: Anchor): HTMLElement | null {
  const host = createBadge(a.el.ownerDocument);
  host.setAttribute('data-issue-key', a.key);
  host.setAttribute('data-place', a.place);
  if (a.place === 'card') {
    const link = cardKeyLink(a.el);
    if (link?.parentElement && a.el.contains(link)) link.after(host);
    else a.el.append(host);
  } else {
    if (!a.el.parentElement) return null;
    a.el.after(host);
  }
  // The badge's click and keys are its own: they never reach the card or
  // row (whose handlers open the issue) nor a link around it, real input
  // or not. Opening reveals the deal: real input only
  // (components/kit/trusted.ts), so a page script's host.click() does nothing.
  const act = trusted(() => activate(a));
  host.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    act(e);
  });
  host.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    act(e);
  });
  return host;
}

/**
 * Title: open Handoff's sidebar for the issue (expand it when collapsed) and
 * move focus into it. Card or row: open the issue in place as Jira does
 * (a card through its own opener button, a row through its key link when
 * that link stays in the tab), never in a new tab, then the sidebar that
 * comes with the issue opens expanded and takes focus.
 */
function activate(a: Anchor): void {
  if (a.place === 'title' || parseJiraUrl(location.href).issueKey === a.key) {
    focusSidebar();
    return;
  }
  const opener = a.place === 'card' ? cardOpener(a.el) : null;
  const link = a.place === 'card' ? cardKeyLink(a.el) : a.el;
  const href = link?.getAttribute('href');
  const open = opener
    ? () => opener.click()
    : link instanceof HTMLAnchorElement && link.target !== '_blank' ? () => link.click()
    : href ? () => location.assign(new URL(href, location.href).href)
    : null;
  if (!open) return;
  requestSidebarFocus(a.key);
  // Expanded before the issue's sidebar mounts (it reads the setting then).
  void send('settings.setSidebarCollapsed', { collapsed: false }).catch(() => null).then(open);
}
