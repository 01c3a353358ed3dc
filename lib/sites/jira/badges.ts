import { BADGE_TAG, createBadge, updateBadge, type BadgeInfo } from '@/components/badge';
import { observe, waitFor } from '@/lib/sites/runtime/observe';
import { anyOf } from '@/lib/sites/runtime/selectors';
import { send } from '@/lib/messaging/client';
import { MAX_BADGE_KEYS } from '@/lib/messaging/limits';
import { onDataChanged } from '@/lib/sync/signal';
import { pageTheme, panelRoot } from '@/lib/sites/runtime/mount';
import { trusted } from '@/components/kit/trusted';
import { requestExpand } from '@/components/sidebar/expand-request';
import type { SiteFeature } from '../runtime/feature';
import { parseJiraUrl } from './detect';
import { cardKey, cardKeyLink, isSelfHosted, titleKey } from './read';
import { JIRA } from './selectors';

/** Keys per `jira.badges` message (the protocol's bound; more is refused). */
const MAX_KEYS = MAX_BADGE_KEYS;
/** How long to wait for an issue modal the URL announces before giving up. */
const MODAL_WAIT_MS = 15_000;

/**
 * What the background answered per key (null: no deal). Module-wide, so a
 * re-run after an SPA navigation (opening the modal re-runs the features)
 * repaints the board's badges at once, then refreshes them with one message.
 */
const known = new Map<string, BadgeInfo | null>();
/** Which run owns a badge: a badge no newer run claimed is removed after its run ends. */
const owner = new WeakMap<Element, number>();
let runs = 0;

type Place = 'card' | 'title';
interface Anchor {
  el: HTMLElement;
  place: Place;
  key: string;
}

/**
 * Deal badges (issue 5) next to the issue title (full page, modal, Server's
 * issue page and detail view) and on every board card of a linked issue.
 * Elements are collected per animation frame by `observe` (scoped to the
 * page's content area and to the modal), their keys looked up in one
 * `jira.badges` message per frame, and repainted when deals or settings
 * change. Markup it cannot read gets no badge, never an error.
 */
export const jiraBadges: SiteFeature = {
  id: 'jira-badges',
  matches: (loc) => parseJiraUrl(loc.href).view !== 'other' || isSelfHosted(loc),
  async init(signal) {
    const run = ++runs;
    const anchors = new Map<string, Set<Anchor>>();
    const pending = new Set<string>();
    let queued = false;
    let theme: 'light' | 'dark' | null = null;

    const paint = (key: string) => {
      const set = anchors.get(key);
      if (!set) return;
      const info = known.get(key);
      if (info === undefined) return;
      theme ??= pageTheme();
      for (const a of set) {
        if (!a.el.isConnected) {
          set.delete(a);
          continue;
        }
        const host = badgeOf(a);
        if (!info) {
          host?.remove();
          continue;
        }
        const badge = host ?? place(a);
        if (!badge) continue;
        owner.set(badge, run);
        updateBadge(badge, info, theme);
      }
      if (!set.size) anchors.delete(key);
    };

    const lookup = async (keys: string[]) => {
      for (let i = 0; i < keys.length; i += MAX_KEYS) {
        const chunk = keys.slice(i, i + MAX_KEYS);
        const answer = await send('jira.badges', { issueKeys: chunk, site: location.origin }).catch(() => null);
        if (signal.aborted) return;
        if (!answer) continue; // Background unreachable: keep what is shown.
        for (const k of chunk) {
          known.set(k, answer[k] ?? null);
          paint(k);
        }
      }
    };
    // One message for all keys an observer pass found (observe batches per
    // animation frame). Sent right after the pass, in a microtask: waiting
    // for a later task would wait for the frame to render the new cards
    // first (~100 ms for a 300-card board).
    const flush = () => {
      queued = false;
      const keys = [...pending];
      pending.clear();
      if (keys.length) void lookup(keys);
    };
    const want = (el: HTMLElement, place: Place, key: string | null) => {
      if (!key) return;
      const a: Anchor = { el, place, key };
      const set = anchors.get(key) ?? new Set();
      set.add(a);
      anchors.set(key, set);
      // Known from an earlier run: claim or paint it now (no flicker on re-runs).
      const existing = badgeOf(a);
      if (existing) owner.set(existing, run);
      if (known.has(key)) paint(key);
      pending.add(key);
      schedule();
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(flush);
    };

    signal.addEventListener('abort', () => {
      // Badges no newer run claims by the next frame leave with this run
      // (navigation away, extension updated or removed).
      const mine = [...anchors.values()].flatMap((set) => [...set].map(badgeOf));
      requestAnimationFrame(() => {
        for (const b of mine) if (b && owner.get(b) === run) b.remove();
      });
    }, { once: true });

    onDataChanged((change) => {
      if (!change.stores.includes('deals') && !change.stores.includes('settings')) return;
      for (const key of anchors.keys()) pending.add(key);
      if (pending.size) schedule();
    }, { signal });

    const titleSel = anyOf(JIRA.title);
    const watch = (root: Element) =>
      observe<HTMLElement>(
        `${anyOf(JIRA.boardCard)}, ${titleSel}`,
        (el) => {
          try {
            if (el.matches(titleSel)) want(el, 'title', titleKey(el));
            else want(el, 'card', cardKey(el));
          } catch {
            // Markup we cannot read: no badge.
          }
        },
        { signal, root },
      );

    // The board's or issue's modal is a portal outside the content area.
    if (new URL(location.href).searchParams.has('selectedIssue')) {
      void waitFor(anyOf(JIRA.issueModal), { signal: AbortSignal.any([signal, AbortSignal.timeout(MODAL_WAIT_MS)]), root: document.body }).then(
        (modal) => modal && !signal.aborted && watch(modal),
      );
    }
    const content = await waitFor(anyOf(JIRA.content), { signal });
    if (content && !signal.aborted) watch(content);
  },
};

/** The badge already placed for an anchor (this run's or an earlier one's). */
function badgeOf({ el, place, key }: Anchor): HTMLElement | null {
  if (place === 'title') {
    const next = el.nextElementSibling;
    return next?.localName === BADGE_TAG && next.getAttribute('data-issue-key') === key ? (next as HTMLElement) : null;
  }
  return el.querySelector<HTMLElement>(`${BADGE_TAG}[data-issue-key="${key}"]`);
}

/** Creates the badge: after the title, or after the card's key link (inside the card). */
function place(a: Anchor): HTMLElement | null {
  const host = createBadge(a.el.ownerDocument);
  host.setAttribute('data-issue-key', a.key);
  host.setAttribute('data-place', a.place);
  if (a.place === 'title') {
    if (!a.el.parentElement) return null;
    a.el.after(host);
  } else {
    const link = cardKeyLink(a.el);
    if (link?.parentElement && a.el.contains(link)) link.after(host);
    else a.el.append(host);
  }
  // Opening reveals the deal: real input only (components/kit/trusted.ts),
  // so a page script's host.click() or synthetic Enter does nothing.
  const act = trusted((e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    activate(a);
  });
  host.addEventListener('click', act);
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') act(e);
  });
  return host;
}

/**
 * Card: open the issue as Jira does, by clicking the card's key link (the
 * card's own handler opens the modal). Title: open Handoff's sidebar for the
 * issue (expand it when collapsed) and move focus into it.
 */
function activate(a: Anchor): void {
  if (a.place === 'card') {
    (cardKeyLink(a.el) ?? a.el).click();
    return;
  }
  const root = panelRoot(document.querySelector<HTMLElement>('[data-handoff="sidebar"]'));
  if (!root) return;
  requestExpand();
  requestAnimationFrame(() => root.querySelector<HTMLElement>('h1, h2, [data-handoff-action="collapse"], button')?.focus());
}
