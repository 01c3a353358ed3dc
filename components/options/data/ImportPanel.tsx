import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { bigMessages } from '@/lib/messaging/worker-port';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { formatCounts } from '@/lib/options/data-io';
import { CsvImportPanel } from './CsvImportPanel';
import { ImportError, ImportFailure } from '@/components/kit/ImportFailure';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string }
  | { kind: 'done'; fileName: string; result: ResponseOf<'backup.import'> }
  | { kind: 'failed'; fileName: string; error: unknown }
  | { kind: 'csv'; fileName: string; text: string; pick: number };

let csvPicks = 0;

/** A CRM export goes to the CSV preview; anything else is read as a backup. */
function isCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

/** Imports a backup file (lib/model/BACKUP-FORMAT.md), or previews a CRM CSV export, and shows what happened. */
export function ImportPanel() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy', fileName: file.name });
    try {
      const text = await file.text();
      if (isCsv(file)) {
        setState({ kind: 'csv', fileName: file.name, text, pick: ++csvPicks });
        return;
      }
      const result = await send('backup.import', { text, fileName: file.name }, bigMessages);
      setState({ kind: 'done', fileName: file.name, result });
    } catch (e) {
      setState({ kind: 'failed', fileName: file.name, error: e });
    } finally {
      // Choosing the same file again imports it again.
      input.value = '';
    }
  };

  return (
    // A CSV preview's table needs the whole row of the panels grid.
    <div class="panel" style={state.kind === 'csv' ? { gridColumn: '1 / -1' } : undefined}>
      <h2>Import</h2>
      <p class="muted">
        A Handoff backup (<code>.json</code>) or a HubSpot deals / Salesforce opportunities export (<code>.csv</code>,
        previewed before anything is written). Deals already here are replaced only by newer versions; nothing is
        written from a backup with errors.
      </p>
      <label class="file-picker">
        <span class="sr-only">Backup or CRM CSV file to import</span>
        <input
          type="file"
          accept=".json,application/json,.csv,text/csv"
          data-handoff="import"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {state.kind === 'csv' ? (
        <CsvImportPanel key={state.pick} fileName={state.fileName} text={state.text} onClose={() => setState({ kind: 'idle' })} />
      ) : (
        <ImportResult state={state} />
      )}
    </div>
  );
}

function ImportResult({ state }: { state: Exclude<ImportState, { kind: 'csv' }> }) {
  if (state.kind === 'idle') return <div data-handoff="import-result" class="import-result" aria-live="polite" hidden />;
  if (state.kind === 'busy') {
    return (
      <div data-handoff="import-result" class="import-result" aria-live="polite" data-state="busy">
        Importing {state.fileName}…
      </div>
    );
  }
  if (state.kind === 'failed') return <ImportError error={state.error} fileName={state.fileName} />;
  const { result } = state;
  if (result.ok) {
    return (
      <div data-handoff="import-result" class="import-result import-result--ok" role="status" data-state="ok">
        <strong>Imported {state.fileName}.</strong> <span data-counts>{formatCounts(result.counts)}.</span>
        {result.notes?.map((note) => (
          <p key={note} class="muted" data-import-note>
            {note}
          </p>
        ))}
      </div>
    );
  }
  return <ImportFailure result={result} />;
}
