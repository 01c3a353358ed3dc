import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { SELECTOR_HEALTH_KEY } from '@/lib/messaging/limits';
import { dayOf, diagnosticsReport, siteName } from '@/lib/options/diagnostics-report';
import { useLive } from '../../kit/useLive';
import { ErrorBanner } from '../ErrorBanner';

/** Reloads when the background writes the selector misses (they are not one of lib/sync's stores). */
function useHealthChanges(reload: () => void): void {
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SELECTOR_HEALTH_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload is stable in what it does
  }, []);
}

/**
 * Selector health (issue 14): each host-page selector that missed with all
 * its fallbacks, how often and when last, so a user can report "Gmail
 * changed" with facts: copy the plain-text report, or clear the list.
 */
export function DiagnosticsView() {
  const live = useLive(() => send('health.list', {}), []);
  useHealthChanges(live.reload);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const misses = live.data ?? [];
  const report = () => diagnosticsReport(misses, { version: browser.runtime.getManifest().version, browser: navigator.userAgent, now: new Date() });

  const copy = async () => {
    setStatus(null);
    setFailure(null);
    try {
      await navigator.clipboard.writeText(report());
      setStatus('Report copied: paste it into your message.');
    } catch (e) {
      setFailure(new Error(`The browser did not allow copying (${e instanceof Error ? e.message : String(e)}). Select the report below and copy it.`));
    }
  };
  const clear = async () => {
    setStatus(null);
    setFailure(null);
    try {
      await send('health.clear', {});
      setStatus('Cleared. New misses show here as they happen.');
      live.reload();
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <section id="diagnostics" class="section" aria-labelledby="diagnostics-title" data-handoff="diagnostics">
      <h1 id="diagnostics-title">Diagnostics</h1>
      <p class="muted">
        Where Handoff could not read Gmail, Jira or Asana: the page was of the right kind but none of the ways Handoff knows to find a thing matched.
        When these appear after a site update, the site changed its pages. Copy the report into a bug report: it holds no page content.
      </p>
      <ErrorBanner error={live.error} title="Could not load the diagnostics" />
      {live.data && !misses.length ? (
        <p class="empty" data-handoff="diagnostics-empty">
          Nothing missed: every page Handoff read looked as expected.
        </p>
      ) : null}
      {misses.length ? (
        <table class="table" data-handoff="diagnostics-list">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">What</th>
              <th scope="col">Missed</th>
              <th scope="col">Last seen</th>
              <th scope="col">CSS tried</th>
            </tr>
          </thead>
          <tbody>
            {misses.map((m) => (
              <tr key={m.name} data-selector={m.name}>
                <td data-field="site">{siteName(m.site)}</td>
                <td data-field="name">
                  <code>{m.name}</code>
                  <div class="muted">worked as of {m.seen}</div>
                </td>
                <td data-field="count">{m.count}</td>
                <td data-field="last-seen">{dayOf(m.lastSeen)}</td>
                <td data-field="css">
                  {m.css.map((css, i) => (
                    <div key={i}>
                      <code>{css}</code>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div class="actions">
        <button type="button" class="btn btn--primary" data-handoff="diagnostics-copy" disabled={!live.data} onClick={() => void copy()}>
          Copy report
        </button>
        <button type="button" class="btn" data-handoff="diagnostics-clear" disabled={!misses.length} onClick={() => void clear()}>
          Clear
        </button>
      </div>
      {status ? (
        <p class="status status--ok" role="status">
          {status}
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Not done" onDismiss={() => setFailure(null)} />
      {misses.length ? (
        <details>
          <summary>Report as text</summary>
          <textarea readOnly rows={12} class="mono" data-handoff="diagnostics-report" value={report()} />
        </details>
      ) : null}
    </section>
  );
}
