import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { ErrorBanner } from '../ErrorBanner';
import { RemovableList } from '../../kit/RemovableList';
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

  return (
    <div class="panel" data-handoff-options="jira-allowed-sites">
      <h2>Allowed Jira Cloud sites</h2>
      <p class="muted">
        Anyone can create a Jira site with your project keys, so Handoff shows your deals only on the sites you confirmed from their sidebar. Remove a
        site to hide Handoff there again.
      </p>
      <ErrorBanner error={live.error} title="Could not load the allowed Jira sites" />
      <RemovableList
        items={live.data}
        hooks={{ list: 'jira-allowed-sites-list', remove: 'jira-allowed-site-remove', empty: 'jira-allowed-sites-empty' }}
        itemAttr="data-site"
        onRemove={(site) => void remove(site)}
        empty="No Jira Cloud site allowed yet. Open an issue on your Jira site and press “Show Handoff” in its sidebar."
      />
      {status ? (
        <p class="status status--ok" role="status">
          {status}
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Jira site not removed" onDismiss={() => setFailure(null)} />
    </div>
  );
}
