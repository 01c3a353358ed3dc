import { emptyDeliverable, type DeliverableDraft } from '@/lib/options/deal-draft';
import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';
import { CheckboxField } from '@/components/kit/fields/CheckboxField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowErrors } from './RowErrors';

export interface DeliverablesEditorProps {
  deliverables: readonly DeliverableDraft[];
  errors: FieldErrors;
  /** id of a <datalist> of known e-mail addresses. */
  emailList?: string;
  onChange: (deliverables: DeliverableDraft[]) => void;
}

export function DeliverablesEditor({ deliverables, errors, emailList, onChange }: DeliverablesEditorProps) {
  const update = (i: number, patch: Partial<DeliverableDraft>) =>
    onChange(deliverables.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <fieldset class="group">
      <legend>Deliverables Sales promised</legend>
      {deliverables.map((d, i) => {
        const path = `deliverables[${i}]`;
        return (
          <div class="row-card" key={d.key} data-row={path}>
            <div class="grid grid--deliverable">
              <TextField
                label="Deliverable"
                field={`${path}.name`}
                value={d.name}
                errors={errorsAt(errors, `${path}.name`)}
                onValue={(name) => update(i, { name })}
              />
              <TextField
                label="Promised on"
                type="date"
                field={`${path}.promisedOn`}
                value={d.promisedOn}
                errors={errorsAt(errors, `${path}.promisedOn`)}
                onValue={(promisedOn) => update(i, { promisedOn })}
              />
              <TextField
                label="Promised by (e-mail)"
                type="email"
                field={`${path}.promisedBy`}
                value={d.promisedBy}
                list={emailList}
                errors={errorsAt(errors, `${path}.promisedBy`)}
                onValue={(promisedBy) => update(i, { promisedBy })}
              />
              <CheckboxField
                label="PM confirmed"
                field={`${path}.pmConfirmed`}
                checked={d.pmConfirmed}
                errors={errorsAt(errors, `${path}.pmConfirmed`)}
                onChecked={(pmConfirmed) => update(i, { pmConfirmed })}
              />
              <button
                type="button"
                class="btn btn--ghost btn--remove"
                aria-label={`Remove deliverable ${i + 1}`}
                onClick={() => onChange(deliverables.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            <RowErrors errors={errors} path={path} />
          </div>
        );
      })}
      <button type="button" class="btn" onClick={() => onChange([...deliverables, emptyDeliverable(deliverables)])}>
        + Add deliverable
      </button>
    </fieldset>
  );
}
