import { observe, waitFor } from '@/lib/sites/runtime/observe';
import { anyOf, query } from '@/lib/sites/runtime/selectors';
import { send } from '@/lib/messaging/client';
import { onDataChanged } from '@/lib/sync/signal';
import { tokenValue } from '@/components/kit/tokens';
import type { SiteFeature } from '../runtime/feature';
import { isGmail } from './detect';
import { GMAIL } from './selectors';

const MARKER = 'handoff-row-flag';

/**
 * The marker is styled inline, with tokens.css's theme-independent values
 * (the same pill on Gmail's light and dark themes): Gmail's document gets
 * no stylesheet of Handoff's, and an inline style wins over Gmail's rules.
 */
const TEXT: Record<'flagged' | 'logged', { label: string; title: string; fill: string }> = {
  flagged: { label: 'Sales ask', title: 'Handoff flagged a Sales request in this thread', fill: tokenValue('danger-solid') },
  logged: { label: 'Logged', title: 'Handoff logged the Sales request in this thread', fill: tokenValue('neutral-solid') },
};

const PILL_STYLE = [
  'display:inline-block',
  `margin-right:${tokenValue('space-6')}`,
  `padding:0 ${tokenValue('space-6')}`,
  `border-radius:${tokenValue('radius-pill')}`,
  'font-size:11px',
  'line-height:16px',
  'font-weight:600',
  `color:${tokenValue('solid-text')}`,
  'vertical-align:middle',
  'flex:none',
].join(';');

/**
 * Inbox, label and search lists: rows of threads Handoff already flagged
 * carry a small marker. Rows are collected per animation frame and looked
 * up in one message (no message per row).
 */
export const gmailInboxMarkers: SiteFeature = {
  id: 'gmail-inbox-markers',
  matches: isGmail,
  async init(signal) {
    const main = await waitFor(anyOf(GMAIL.main), { signal });
    if (!main) return;
    const rows = new Map<string, Set<HTMLElement>>();
    let pending: HTMLElement[] = [];

    const paint = async (threadIds: string[]) => {
      if (!threadIds.length) return;
      const markers = await send('flags.forThreads', { threadIds }).catch(() => ({}) as Record<string, 'flagged' | 'logged'>);
      if (signal.aborted) return;
      for (const id of threadIds) for (const row of rows.get(id) ?? []) markRow(row, markers[id] ?? null);
    };
    const flush = () => {
      const batch = pending;
      pending = [];
      const ids = new Set<string>();
      for (const row of batch) {
        const id = rowThreadId(row);
        if (!id) continue;
        ids.add(id);
        const set = rows.get(id) ?? new Set();
        set.add(row);
        rows.set(id, set);
      }
      void paint([...ids]);
    };
    observe<HTMLElement>(
      anyOf(GMAIL.inboxRow),
      (row) => {
        if (!pending.length) queueMicrotask(flush);
        pending.push(row);
      },
      { signal, root: main },
    );
    onDataChanged((change) => {
      if (!change.stores.includes('flags')) return;
      // Gmail rebuilds rows: forget the ones no longer on the page.
      for (const [id, set] of rows) {
        for (const row of set) if (!row.isConnected) set.delete(row);
        if (!set.size) rows.delete(id);
      }
      void paint([...rows.keys()]);
    }, { signal });
    signal.addEventListener('abort', () => {
      for (const set of rows.values()) for (const row of set) markRow(row, null);
    }, { once: true });
  },
};

/**
 * A row's hex thread id, lower-cased, or null: rows saved in 2014 carry
 * none (test/fixtures/real/gmail-inbox-rows.html), and a preview-pane
 * thread's first and last rows have none either: those get no marker.
 */
export function rowThreadId(row: Element): string | null {
  return query(row, GMAIL.rowThreadId)?.getAttribute('data-legacy-thread-id')?.toLowerCase() || null;
}

/** Adds, updates or removes a row's marker; text only, styled inline (PILL_STYLE). */
export function markRow(row: HTMLElement, status: 'flagged' | 'logged' | null): void {
  let marker = row.querySelector<HTMLElement>(`.${MARKER}`);
  if (!status) return void marker?.remove();
  if (!marker) {
    marker = document.createElement('span');
    marker.className = MARKER;
    marker.setAttribute('data-handoff', 'row-flag');
    marker.style.cssText = PILL_STYLE;
    const subject = query(row, GMAIL.rowSubject);
    (subject?.parentElement ?? row).insertBefore(marker, subject ?? row.firstChild);
  }
  const t = TEXT[status];
  marker.setAttribute('data-status', status);
  marker.textContent = t.label;
  marker.title = t.title;
  marker.style.background = t.fill;
}
