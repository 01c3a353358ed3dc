import type { ComponentChildren } from 'preact';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { formatCounts } from '@/lib/options/data-io';

type Failed = Extract<ResponseOf<'backup.import'>, { ok: false }>;

/** A refused import (backup or CRM CSV): the error naming file, record and field, each problem, the counts. */
export function ImportFailure({ result, children }: { result: Failed; children?: ComponentChildren }) {
  return (
    <div data-handoff="import-result" class="import-result import-result--error" role="alert" data-state="error">
      <strong>Import failed.</strong>
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
    </div>
  );
}
