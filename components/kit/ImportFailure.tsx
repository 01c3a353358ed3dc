import type { ComponentChildren } from 'preact';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { describeError, formatCounts } from '@/lib/options/data-io';

type Refused = Extract<ResponseOf<'backup.import'>, { ok: false }>;

/** The alert every failed import (backup or CRM CSV) shows: a title, then what went wrong. */
export function ImportFailureBox({ title, quota = false, children }: { title: string; quota?: boolean; children?: ComponentChildren }) {
  return (
    <div data-handoff="import-result" class={`import-result import-result--error${quota ? ' banner--quota' : ''}`} role="alert" data-state="error">
      <strong>{title}</strong>
      {children}
    </div>
  );
}

/** An import the background refused: the error naming file, record and field, each problem, the counts. */
export function ImportFailure({ result, children }: { result: Refused; children?: ComponentChildren }) {
  return (
    <ImportFailureBox title="Import failed.">
      <p class="import-error">{result.error}</p>
      {result.problems.length ? (
        <ul class="problem-list">
          {result.problems.map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
      ) : null}
      <p class="muted small" data-counts>
        {formatCounts(result.counts)}.
      </p>
      {children}
    </ImportFailureBox>
  );
}

/** An import that ended in an error instead of an answer (a full disk, the background gone). */
export function ImportError({ error, fileName, children }: { error: unknown; fileName: string; children?: ComponentChildren }) {
  const shown = describeError(error, 'Import failed');
  return (
    <ImportFailureBox title={shown.title} quota={shown.quota}>
      <p>
        {fileName}: {shown.message}
      </p>
      {children}
    </ImportFailureBox>
  );
}
