import type { RowError } from '@/lib/crm-csv';

/** Rows that won't be imported, each with its line in the file and why. */
export function BadRowsList({ rows, hook }: { rows: readonly RowError[]; hook: string }) {
  if (!rows.length) return null;
  return (
    <ul class="problem-list" data-handoff-options={hook}>
      {rows.map((r) => (
        <li key={r.line} data-line={r.line}>
          <strong>Line {r.line}:</strong> {r.reason}
        </li>
      ))}
    </ul>
  );
}

export function rowsNotImported(n: number): string {
  return `${n} row${n === 1 ? '' : 's'} not imported`;
}
