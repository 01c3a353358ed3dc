import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { dealAlerts, LEVEL_RANK, worstLevel, type AlertLevel } from '@/lib/deal';
import type { AlertItem } from './AlertList';
import { CollapsedTab } from './CollapsedTab';
import { ErrorBoundary } from './ErrorBoundary';
import { LinkedView } from './LinkedView';
import { LoadingView } from './LoadingView';
import { PanelHeader } from './PanelHeader';
import { UnlinkedView } from './UnlinkedView';
import { UnreadableView } from './UnreadableView';
import type { SidebarActions, SidebarState } from './types';

export interface SidebarProps {
  state: SidebarState;
  collapsed: boolean;
  onToggleCollapsed(): void;
  /** Shown above the deal (the request flag). */
  children?: ComponentChildren;
  actions?: SidebarActions;
}

/** The deal's alerts plus the caller's extra warnings, worst first; null when they cannot be worked out. */
function alertsOf(state: SidebarState): AlertItem[] | null {
  if (state.kind !== 'linked') return [];
  try {
    const alerts: AlertItem[] = [
      ...(state.extraWarnings ?? []).map((w) => ({ level: w.level, text: w.text })),
      ...dealAlerts(state.deal, state.today, state.defaultRemindDays),
    ];
    return alerts.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
  } catch {
    return null;
  }
}

/** A key that remounts the view (and clears a caught error) when the page shows something else. */
function viewKey(state: SidebarState): string {
  return state.kind === 'linked' ? `linked:${state.deal.id}:${state.deal.updatedAt}:${state.today}` : state.kind;
}

export function Sidebar(props: SidebarProps) {
  const { state, collapsed, actions } = props;
  const bodyId = useId();
  const alerts = useMemo(() => alertsOf(state), [state]);
  const level: AlertLevel | null = alerts === null ? 'danger' : worstLevel(alerts);

  // After a toggle by click or key, focus the control that took the old one's place.
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const toggle = () => {
    refocus.current = true;
    props.onToggleCollapsed();
  };
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    (collapsed ? tabRef.current : collapseRef.current)?.focus();
  }, [collapsed]);

  const common = {
    'data-handoff-panel': '',
    'data-state': state.kind,
    'data-collapsed': String(collapsed),
    'data-level': level ?? 'none',
    'aria-label': 'Handoff',
  };

  if (collapsed) {
    return (
      <aside class="hf-panel" {...common}>
        <CollapsedTab level={level} onExpand={toggle} buttonRef={tabRef} />
      </aside>
    );
  }

  return (
    <aside class="hf-panel" {...common}>
      <PanelHeader controls={bodyId} onCollapse={toggle} buttonRef={collapseRef} />
      <div class="hf-body" id={bodyId}>
        {props.children && <div class="hf-slot">{props.children}</div>}
        <ErrorBoundary key={viewKey(state)}>
          <StateView state={state} alerts={alerts ?? []} actions={actions} />
        </ErrorBoundary>
      </div>
    </aside>
  );
}

function StateView(props: { state: SidebarState; alerts: AlertItem[]; actions?: SidebarActions }) {
  const { state, actions } = props;
  switch (state.kind) {
    case 'loading':
      return <LoadingView />;
    case 'unreadable':
      return <UnreadableView reason={state.reason} />;
    case 'unlinked':
      return <UnlinkedView state={state} actions={actions} />;
    case 'linked':
      return <LinkedView state={state} alerts={props.alerts} actions={actions} />;
    default:
      return <UnreadableView reason="Unknown sidebar state." />;
  }
}
