import { useEffect, useState } from 'preact/hooks';
import { mergeCrmDeal, readCrmCsv, type CrmPreview, type RowError } from '@/lib/crm-csv';
import { send } from '@/lib/messaging/client';
import { bigMessages } from '@/lib/messaging/worker-port';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { makeBackup, normalizeEmail, type Deal } from '@/lib/model';
import { formatCounts } from '@/lib/options/data-io';
import { ImportError, ImportFailure, ImportFailureBox } from '@/components/kit/ImportFailure';
import { BadRowsList, rowsNotImported } from './csv/BadRowsList';
import { GoodRowsTable, RowWarnings } from './csv/GoodRowsTable';

type State =
  | { kind: 'reading' }
  | { kind: 'invalid'; error: string }
  | { kind: 'preview'; preview: CrmPreview; existing: ReadonlySet<string> }
  | { kind: 'busy'; preview: CrmPreview }
  | { kind: 'done'; preview: CrmPreview; result: ResponseOf<'backup.import'> }
  | { kind: 'failed'; preview: CrmPreview | null; error: unknown };

export interface CsvImportPanelProps {
  fileName: string;
  text: string;
  /** Back to the plain import panel (Cancel, or after a result is dismissed). */
  onClose: () => void;
}

/**
 * A CRM export (HubSpot deals, Salesforce opportunities) read into a
 * preview: nothing is written until the user confirms, and then only the
 * good rows, as a backup import. Deals already here keep what only Handoff
 * knows (terms, deliverables, …); the CRM's fields are updated.
 */
export function CsvImportPanel({ fileName, text, onClose }: CsvImportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'reading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [deals, people] = await Promise.all([send('deals.list', {}, bigMessages), send('people.list', {})]);
        const read = readCrmCsv(text, { now: new Date(), emailForName: rosterLookup(people) });
        if (!live) return;
        if (!read.ok) setState({ kind: 'invalid', error: read.error });
        else setState({ kind: 'preview', preview: read, existing: new Set(deals.map((d) => d.id)) });
      } catch (e) {
        if (live) setState({ kind: 'failed', preview: null, error: e });
      }
    })();
    return () => {
      live = false;
    };
  }, [text]);

  const confirm = async (preview: CrmPreview) => {
    setState({ kind: 'busy', preview });
    try {
      // Merge over what is stored now, not what was stored when the preview opened.
      const now = new Date();
      const stored = new Map((await send('deals.list', {}, bigMessages)).map((d) => [d.id, d] as const));
      const deals: Deal[] = preview.good.map((g) => mergeCrmDeal({ ...g.deal, updatedAt: now.toISOString() }, stored.get(g.deal.id)));
      const backup = makeBackup({ people: [], deals, requests: [] }, now);
      const result = await send('backup.import', { text: JSON.stringify(backup), fileName }, bigMessages);
      setState({ kind: 'done', preview, result });
    } catch (e) {
      setState({ kind: 'failed', preview, error: e });
    }
  };

  return (
    <div class="csv-import" data-handoff-options="csv-import">
      {state.kind === 'reading' ? <p class="muted">Reading {fileName}…</p> : null}
      {state.kind === 'preview' ? (
        <Preview fileName={fileName} preview={state.preview} existing={state.existing} onConfirm={() => void confirm(state.preview)} onCancel={onClose} />
      ) : null}
      <Result fileName={fileName} state={state} onClose={onClose} />
    </div>
  );
}

/** People's e-mails by name, for owners named without one; ambiguous names give none. */
function rosterLookup(people: ReadonlyArray<{ name: string; email: string }>): (name: string) => string | null {
  const byName = new Map<string, string | null>();
  for (const p of people) {
    const key = p.name.trim().toLowerCase();
    if (!key) continue;
    const email = normalizeEmail(p.email);
    byName.set(key, byName.has(key) && byName.get(key) !== email ? null : email);
  }
  return (name) => byName.get(name.trim().toLowerCase()) ?? null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function Preview(props: { fileName: string; preview: CrmPreview; existing: ReadonlySet<string>; onConfirm: () => void; onCancel: () => void }) {
  const { preview, existing } = props;
  const updates = preview.good.filter((g) => existing.has(g.deal.id)).length;
  return (
    <section class="csv-preview" data-handoff-options="csv-preview" aria-label={`Preview of ${props.fileName}`}>
      <h3>Preview: nothing is imported yet</h3>
      <p>
        <strong data-handoff-options="csv-source" data-source={preview.source}>
          {preview.sourceLabel}
        </strong>{' '}
        <span class="muted small">({props.fileName})</span>
      </p>
      <p data-handoff-options="csv-counts">
        {plural(preview.good.length, 'good row')}
        {updates ? ` (${updates} already in Handoff, will be updated)` : ''}, {plural(preview.bad.length, 'bad row')}.
      </p>
      <GoodRowsTable rows={preview.good} existing={existing} />
      <RowWarnings rows={preview.good} />
      {preview.bad.length ? (
        <div class="problems" role="alert">
          <strong>{rowsNotImported(preview.bad.length)}:</strong>
          <BadRowsList rows={preview.bad} hook="csv-bad" />
        </div>
      ) : null}
      {preview.unknownColumns.length ? (
        <p class="muted small" data-handoff-options="csv-unknown-columns">
          Columns not imported: {preview.unknownColumns.map((c) => `"${c}"`).join(', ')}.
        </p>
      ) : null}
      <div class="actions">
        <button type="button" class="btn btn--primary" data-handoff-options="csv-confirm" disabled={!preview.good.length} onClick={props.onConfirm}>
          Import {plural(preview.good.length, 'good deal')}
        </button>
        <button type="button" class="btn" data-handoff-options="csv-cancel" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function NotImported({ bad }: { bad: readonly RowError[] }) {
  if (!bad.length) return null;
  return (
    <div data-not-imported={bad.length}>
      <p>{rowsNotImported(bad.length)}:</p>
      <BadRowsList rows={bad} hook="csv-not-imported" />
    </div>
  );
}

function Result({ fileName, state, onClose }: { fileName: string; state: State; onClose: () => void }) {
  if (state.kind === 'reading' || state.kind === 'preview') {
    return <div data-handoff="import-result" class="import-result" aria-live="polite" hidden />;
  }
  if (state.kind === 'busy') {
    return (
      <div data-handoff="import-result" class="import-result" aria-live="polite" data-state="busy">
        Importing {plural(state.preview.good.length, 'deal')} from {fileName}…
      </div>
    );
  }
  const close = (
    <button type="button" class="btn btn--ghost" data-handoff-options="csv-close" onClick={onClose}>
      Close
    </button>
  );
  if (state.kind === 'invalid') {
    return (
      <ImportFailureBox title="Nothing imported.">
        <p class="import-error">
          {fileName}: {state.error}
        </p>
        {close}
      </ImportFailureBox>
    );
  }
  if (state.kind === 'failed') {
    return (
      <ImportError error={state.error} fileName={fileName}>
        {close}
      </ImportError>
    );
  }
  const { result, preview } = state;
  if (!result.ok) return <ImportFailure result={result}>{close}</ImportFailure>;
  return (
    <div data-handoff="import-result" class="import-result import-result--ok" role="status" data-state="ok">
      <strong>
        Imported {fileName} ({preview.sourceLabel}).
      </strong>{' '}
      <span data-counts>{formatCounts(result.counts)}.</span>
      <NotImported bad={preview.bad} />
      {close}
    </div>
  );
}
