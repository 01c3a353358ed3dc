import { requestExpand } from '@/components/sidebar/expand-request';
import { panelRoot } from '@/lib/sites/runtime/mount';
import { waitFor } from '@/lib/sites/runtime/observe';

/** What takes focus in Handoff's own sidebar (its markup, not the host's). */
const FOCUS_TARGET = 'h1, h2, [data-handoff-action="collapse"], button';

/** How long a badge's request to focus the sidebar waits for the issue to open (then it is dropped). */
const FOCUS_WAIT_MS = 10_000;
let pending: { key: string; until: number } | null = null;

/**
 * A badge on a card or row opened its issue in place: the sidebar that
 * mounts for that issue takes focus (the badge's sidebar is not there yet;
 * it comes with the run for the new URL). Module state in the content
 * script's isolated world: the page cannot set it.
 */
export function requestSidebarFocus(key: string): void {
  pending = { key, until: Date.now() + FOCUS_WAIT_MS };
}

/** Called by the sidebar once mounted for `key`: focuses it if a badge asked for this issue. */
export function takeSidebarFocus(key: string): void {
  const asked = pending;
  if (!asked || asked.key !== key) return;
  pending = null;
  if (Date.now() <= asked.until) focusSidebar();
}

/**
 * Opens Handoff's sidebar (expands it when collapsed) and moves focus into
 * it, as soon as it has something to focus (a sidebar just mounted renders
 * its content after its first messages).
 */
export function focusSidebar(): void {
  const root = panelRoot(document.querySelector<HTMLElement>('[data-handoff="sidebar"]'));
  if (!root) return;
  requestExpand();
  void waitFor<HTMLElement>(FOCUS_TARGET, { root, signal: AbortSignal.timeout(FOCUS_WAIT_MS) }).then((el) => el?.focus());
}
