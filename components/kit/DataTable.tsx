import type { ComponentChildren } from 'preact';

export interface DataTableProps {
  /** The column headers, left to right. */
  columns: readonly ComponentChildren[];
  /** Classes after `table`, e.g. `table--clickable`. */
  class?: string;
  /** data-handoff-options, for tests. */
  hook?: string;
  /** The rows (<tr>s). */
  children: ComponentChildren;
}

/** A table of records (options page): a row of column headers, then one row a record. */
export function DataTable({ columns, class: extra, hook, children }: DataTableProps) {
  return (
    <table class={extra ? `table ${extra}` : 'table'} data-handoff-options={hook}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
