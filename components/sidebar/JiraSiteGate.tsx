import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { onDataChanged } from '@/lib/sync/signal';
import { LoadingView } from './LoadingView';
import { SiteConfirmView } from './SiteConfirmView';

type Status = { kind: 'loading' } | { kind: 'confirm'; site: string; bindable: boolean } | { kind: 'allowed' };

/**
 * Shows `children` (the deal sidebar) only once the background says this
 * tab's Jira site is allowed; before that, only the confirm button. The
 * background decides from the tab's own origin, not from this page.
 */
export function JiraSiteGate({ children }: { children: ComponentChildren }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const s = await send('jira.site.status', {});
      setStatus(s.allowed && !s.bindable ? { kind: 'allowed' } : { kind: 'confirm', site: s.site, bindable: s.bindable });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    const ac = new AbortController();
    void refresh();
    onDataChanged((c) => {
      if (c.stores.includes('settings') || c.stores.includes('deals')) void refresh();
    }, { signal: ac.signal });
    return () => ac.abort();
  }, [refresh]);

  if (status.kind === 'allowed') return <>{children}</>;
  if (status.kind === 'loading') {
    return (
      <aside class="hf-panel" data-handoff-panel="" data-state="loading" aria-label="Handoff">
        <LoadingView />
      </aside>
    );
  }
  const confirm = () => {
    setBusy(true);
    setError(null);
    send('jira.site.allow', { site: status.site })
      .then(() => refresh())
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  return <SiteConfirmView site={status.site} bindable={status.bindable} busy={busy} error={error} onConfirm={confirm} />;
}
