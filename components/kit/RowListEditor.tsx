import type { ComponentChildren } from 'preact';
import { errorsAt, type FieldErrors as Errors } from '@/lib/forms/field-errors';
import { bindFields, type FieldBinder } from './fields/bindFields';
import { FieldErrors } from './fields/FieldErrors';

export interface RowListEditorProps<Row extends { key: string }> {
  legend: string;
  /** Said under the legend, before the rows. */
  intro?: ComponentChildren;
  rows: readonly Row[];
  /** The list's record path, e.g. `deliverables`: row 0 is `deliverables[0]`. */
  path: string;
  /** What one row is, for "+ Add deliverable" and "Remove deliverable 2". */
  rowName: string;
  /** The grid class laying out one row's fields, e.g. `grid--deliverable`. */
  grid: string;
  errors: Errors;
  onChange: (rows: Row[]) => void;
  newRow: (rows: readonly Row[]) => Row;
  /** One row's fields; `bind(key)` wires a kit field to the row. */
  renderFields: (bind: FieldBinder<Row>, row: Row) => ComponentChildren;
  /** Said under a row's fields, e.g. where the row came from. */
  renderNote?: (row: Row, index: number) => ComponentChildren;
}

/**
 * A list of records edited as cards (special terms, deliverables,
 * stakeholders): each row's fields, its Remove button and the problems of
 * the row as a whole (and of its hidden id), then "+ Add".
 */
export function RowListEditor<Row extends { key: string }>(p: RowListEditorProps<Row>) {
  const { rows, errors, onChange } = p;
  return (
    <fieldset class="group">
      <legend>{p.legend}</legend>
      {p.intro}
      {rows.map((row, i) => {
        const path = `${p.path}[${i}]`;
        const update = (patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
        return (
          <div class="row-card" key={row.key} data-row={path}>
            <div class={`grid ${p.grid}`}>
              {p.renderFields(bindFields(row, errors, update, path), row)}
              <button
                type="button"
                class="btn btn--ghost btn--remove"
                aria-label={`Remove ${p.rowName} ${i + 1}`}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            {p.renderNote?.(row, i)}
            <FieldErrors errors={[...errorsAt(errors, path), ...errorsAt(errors, `${path}.id`)]} />
          </div>
        );
      })}
      <button type="button" class="btn" onClick={() => onChange([...rows, p.newRow(rows)])}>
        {`+ Add ${p.rowName}`}
      </button>
    </fieldset>
  );
}
