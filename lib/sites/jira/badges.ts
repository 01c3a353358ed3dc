import { updateBadge, type BadgeInfo } from '@/components/badge';
import { observe, waitFor } from '@/lib/sites/runtime/observe';
import { anyOf } from '@/lib/sites/runtime/selectors';
import { send } from '@/lib/messaging/client';
import { MAX_BADGE_KEYS } from '@/lib/messaging/limits';
import { onDataChanged } from '@/lib/sync/signal';
import { pageTheme } from '@/lib/sites/runtime/mount';
import type { SiteFeature } from '../runtime/feature';
import { badgeOf, placeBadge as place, type Anchor, type Place } from './badge-anchor';
import { parseJiraUrl } from './detect';
import { cardKey, isSelfHosted, rowKey, titleKey } from './read';
import { JIRA } from './selectors';

/** Keys per `jira.badges` message (the protocol's bound; more is refused). */
const MAX_KEYS = MAX_BADGE_KEYS;
/** How long to wait for an issue modal or side panel the URL announces before giving up. */
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

/**
 * Deal badges (issue 5) next to the issue title (full page, modal, the
 * backlog's side panel, Server's issue page and detail view), on every board
 * card of a linked issue, and after the key of every list row that shows one
 * (backlog, issue navigator, an epic's children, timeline; issue 14).
 * Elements are collected per animation frame by `observe` (scoped to the
 * page's content area and to the modal or panel), their keys looked up in
 * one `jira.badges` message per frame, and repainted when deals or settings
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
    const cardSel = anyOf(JIRA.boardCard);
    const rowSel = [JIRA.backlogKey, JIRA.tableKey, JIRA.timelineKey].map(anyOf).join(', ');
    const watch = (root: Element) =>
      observe<HTMLElement>(
        `${cardSel}, ${titleSel}, ${rowSel}`,
        (el) => {
          try {
            if (el.matches(titleSel)) want(el, 'title', titleKey(el));
            else if (el.matches(cardSel)) want(el, 'card', cardKey(el));
            else if (!el.closest(cardSel)) want(el, 'row', rowKey(el));
          } catch {
            // Markup we cannot read: no badge.
          }
        },
        { signal, root },
      );

    // The board's modal is a portal outside the content area; the backlog's
    // side panel may be one too (no public markup says where it lives).
    if (new URL(location.href).searchParams.has('selectedIssue')) {
      const view = `${anyOf(JIRA.issueModal)}, ${anyOf(JIRA.sidePanel)}`;
      void waitFor(view, { signal: AbortSignal.any([signal, AbortSignal.timeout(MODAL_WAIT_MS)]), root: document.body }).then((el) => {
        if (!el || signal.aborted) return;
        if (!document.querySelector(anyOf(JIRA.content))?.contains(el)) watch(el);
      });
    }
    const content = await waitFor(anyOf(JIRA.content), { signal });
    if (content && !signal.aborted) watch(content);
  },
};
