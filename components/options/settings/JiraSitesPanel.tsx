import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { normalizeJiraOrigin } from '@/lib/background/jira-sites';
import { send } from '@/lib/messaging/client';
import { ErrorBanner } from '../ErrorBanner';
import { RemovableList } from '../../kit/RemovableList';
import { useLive } from '../../kit/useLive';

const pattern = (origin: string) => `${origin}/*`;

/**
 * Self-hosted Jira (Server / Data Center, issue 5): the user adds the base
 * URL; the browser asks for that one host's permission (from the click, a
 * user gesture), then the background registers Handoff's Jira script there.
 * Removing it unregisters the script and gives the permission back.
 */
export function JiraHostsPanel() {
  const live = useLive(() => send('jira.hosts.list', {}), ['settings']);
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);

  const add = () => {
    setStatus(null);
    setFailure(null);
    const origin = normalizeJiraOrigin(input);
    if (!origin) {
      setFailure(new Error(`“${input.trim() || '(empty)'}” is not the https address of a self-hosted Jira, e.g. https://jira.example.com (Jira Cloud on atlassian.net needs no setup).`));
      return;
    }
    setBusy(true);
    // Asked synchronously in the click handler: the browser requires a user gesture.
    browser.permissions
      .request({ origins: [pattern(origin)] })
      .then(async (granted) => {
        if (!granted) throw new Error(`Access to ${origin} was not allowed, so Handoff cannot run there. Add it again and choose “Allow”.`);
        await send('jira.hosts.add', { origin });
        setInput('');
        setStatus(`Handoff now runs on ${origin}. Reload its open tabs.`);
        live.reload();
      })
      .catch((e: unknown) => setFailure(e))
      .finally(() => setBusy(false));
  };

  const remove = async (origin: string) => {
    setStatus(null);
    setFailure(null);
    try {
      await send('jira.hosts.remove', { origin });
      await browser.permissions.remove({ origins: [pattern(origin)] }).catch(() => false);
      setStatus(`Removed ${origin}.`);
      live.reload();
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <div class="panel" data-handoff-options="jira-hosts-panel">
      <h2>Self-hosted Jira</h2>
      <p class="muted">
        Jira Server or Data Center on your company’s own domain. Handoff asks the browser for access to that one address and shows its badges and
        sidebar there.
      </p>
      <ErrorBanner error={live.error} title="Could not load the Jira addresses" />
      <RemovableList
        items={live.data}
        hooks={{ list: 'jira-hosts', remove: 'jira-host-remove', empty: 'jira-hosts-empty' }}
        itemAttr="data-origin"
        onRemove={(origin) => void remove(origin)}
        empty="No self-hosted Jira yet."
      />
      <form
        class="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="jira-host-input">Jira base URL</label>
        <input
          id="jira-host-input"
          type="url"
          value={input}
          placeholder="https://jira.example.com"
          autoComplete="off"
          spellcheck={false}
          data-handoff-options="jira-host-input"
          onInput={(e) => {
            setInput(e.currentTarget.value);
            setFailure(null);
          }}
        />
        <button type="submit" class="btn btn--primary" disabled={busy || !input.trim()} data-handoff-options="jira-host-add">
          {busy ? 'Adding…' : 'Add'}
        </button>
      </form>
      {status ? (
        <p class="status status--ok" role="status">
          {status}
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Self-hosted Jira not added" onDismiss={() => setFailure(null)} />
    </div>
  );
}
