import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onExpandRequest } from '@/components/sidebar/expand-request';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { ExtraWarning, LinkTarget, SidebarState } from '@/components/sidebar/types';
import { localDay } from '@/lib/dates';
import type { PageContext } from '@/lib/deal/link/context';
import { send } from '@/lib/messaging/client';
import type { Deal, DealLinks } from '@/lib/model';
import { dealView, newDealView } from '@/lib/options/routes';
import { onDataChanged } from '@/lib/sync/signal';

/** A link the page offers: "Link this issue" adds `value` to the deal's `links[field]`. */
export interface PageLinkTarget extends LinkTarget {
  field: 'domains' | 'gmailThreads' | 'jira' | 'asana';
  value: string;
}

export type PageRead = { kind: 'loading' } | { kind: 'unreadable'; reason: string } | { kind: 'read'; context: PageContext };

export interface PageSidebarProps {
  page: PageRead;
  /** "this thread", "this issue", "this task". */
  pageLabel: string;
  linkTargets: PageLinkTarget[];
  /** Prefill for "Create a deal" from this page. */
  newDeal: { account?: string; links?: Partial<DealLinks> };
  /** Page-specific warnings about the linked deal (Asana: task due after a term). */
  warningsFor?: (deal: Deal) => ExtraWarning[];
  children?: ComponentChildren;
}

/**
 * The sidebar wired to the background: resolves the page's deal, follows
 * every change made anywhere (lib/sync) and carries out the link actions.
 */
export function PageSidebar({ page, pageLabel, linkTargets, newDeal, warningsFor, children }: PageSidebarProps) {
  const [state, setState] = useState<SidebarState>({ kind: 'loading' });
  const [collapsed, setCollapsed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const contextKey = page.kind === 'read' ? JSON.stringify(page.context) : page.kind;

  const refresh = useCallback(async () => {
    if (page.kind !== 'read') {
      setState(page.kind === 'unreadable' ? { kind: 'unreadable', reason: page.reason } : { kind: 'loading' });
      return;
    }
    try {
      const [resolved, settings] = await Promise.all([send('link.resolve', { context: page.context }), send('settings.forContent', {})]);
      setCollapsed(settings.sidebarCollapsed);
      if (resolved.link) {
        setState({
          kind: 'linked',
          deal: resolved.link.deal,
          via: resolved.link.via,
          alsoMatched: resolved.link.alsoMatched,
          today: localDay(new Date()),
          defaultRemindDays: resolved.defaultRemindDays,
          extraWarnings: warningsFor?.(resolved.link.deal),
        });
      } else {
        // No deal list here: the picker asks for its choices when the user opens it.
        setState({ kind: 'unlinked', pageLabel, suggestedAccount: newDeal.account });
      }
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- contextKey stands for page.context's content
  }, [contextKey, pageLabel, newDeal.account, warningsFor]);

  // A layout effect: the lookup leaves as soon as the page is read, not a frame later after the
  // paint (issue 18: on a stopped worker the answer waits for its start; every ms counts).
  useLayoutEffect(() => {
    const ac = new AbortController();
    void refresh();
    onDataChanged(() => void refresh(), { signal: ac.signal });
    return () => ac.abort();
  }, [refresh]);

  // The Jira title badge (pressed for real) opens a collapsed sidebar.
  const collapsedNow = useRef(collapsed);
  collapsedNow.current = collapsed;
  useEffect(() => {
    const ac = new AbortController();
    onExpandRequest(() => {
      if (!collapsedNow.current) return;
      setCollapsed(false);
      send('settings.setSidebarCollapsed', { collapsed: false }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    }, ac.signal);
    return () => ac.abort();
  }, []);

  const act = (p: Promise<unknown>) => p.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));

  return (
    <Sidebar
      state={state}
      collapsed={collapsed}
      onToggleCollapsed={() => {
        setCollapsed(!collapsed);
        void act(send('settings.setSidebarCollapsed', { collapsed: !collapsed }));
      }}
      actions={{
        linkTargets,
        loadDeals: () => send('deals.choices', {}),
        linkTo: (dealId, kind) => {
          const target = linkTargets.find((t) => t.kind === kind) ?? linkTargets[0];
          if (target) void act(send('link.add', { dealId, kind: target.field, value: target.value }));
        },
        createDeal: () => void act(send('ui.openOptions', { view: newDealView(newDeal) })),
        openOptions: (dealId) => void act(send('ui.openOptions', { view: dealId ? dealView(dealId) : '' })),
      }}
    >
      {error ? (
        <p class="handoff-error" role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </Sidebar>
  );
}
