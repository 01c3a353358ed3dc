import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { bigMessages } from '@/lib/messaging/worker-port';
import { backupFileName } from '@/lib/options/data-io';
import { ErrorBanner } from '../ErrorBanner';

/** Saves `text` as a file through a temporary download link (no `downloads` permission). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportPanel() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const backup = await send('backup.export', {}, bigMessages);
      const name = backupFileName(new Date());
      downloadText(`${JSON.stringify(backup, null, 2)}\n`, name);
      setDone(`${name}: ${backup.deals.length} deals, ${backup.people.length} people, ${backup.requests.length} requests.`);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="panel">
      <h2>Export</h2>
      <p class="muted">All deals, people and requests as one backup file. Import it in another browser to move your data.</p>
      <button type="button" class="btn btn--primary" data-handoff="export" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export backup'}
      </button>
      {done ? (
        <p class="status status--ok" role="status">
          Downloaded {done}
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Export failed" />
    </div>
  );
}
