import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { ErrorBanner } from '../ErrorBanner';
import { useLive } from '../../kit/useLive';

/**
 * Jira Cloud sites the user allowed from a Jira page's sidebar (issue 13).
 * Only a Jira page can allow its own site; here they are listed and
 * removed. A removed site shows the confirm button again, nothing else.
 */
export function JiraAllowedSitesPanel() {
  const live = useLive(() => send('jira.sites.list', {}), ['settings']);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const remove = async (site: string) => {
    setStatus(null);
    setFailure(null);
    try {
      await send('jira.sites.remove', { site });
      setStatus(`Handoff no longer shows your deals on ${site}.`);
      live.reload();
    } catch (e) {
      setFailure(e);
    }
  };

  const sites = live.data ?? [];
  return (
    <div class="panel" data-handoff-options="jira-allowed-sites">
      <h2>Allowed Jira Cloud sites</h2>
      <p class="muted">
        Anyone can create a Jira site with your project keys, so Handoff shows your deals only on the sites you confirmed from their sidebar. Remove a
        site to hide Handoff there again.
      </p>
      <ErrorBanner error={live.error} title="Could not load the allowed Jira sites" />
      {sites.length ? (
        <ul class="jira-hosts" data-handoff-options="jira-allowed-sites-list">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <code>{site}</code>{' '}
              <button type="button" class="btn btn--ghost" data-handoff-options="jira-allowed-site-remove" aria-label={`Remove ${site}`} onClick={() => void remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : live.data ? (
        <p class="muted" data-handoff-options="jira-allowed-sites-empty">
          No Jira Cloud site allowed yet. Open an issue on your Jira site and press “Show Handoff” in its sidebar.
        </p>
      ) : null}
      {status ? (
        <p class="status status--ok" role="status">
          {status}
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Jira site not removed" onDismiss={() => setFailure(null)} />
    </div>
  );
}
