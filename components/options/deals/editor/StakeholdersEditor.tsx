import { STAKEHOLDER_STATUSES } from '@/lib/model';
import { emptyStakeholder, type StakeholderDraft } from '@/lib/options/deal-draft';
import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowErrors } from './RowErrors';

export interface StakeholdersEditorProps {
  stakeholders: readonly StakeholderDraft[];
  errors: FieldErrors;
  onChange: (stakeholders: StakeholderDraft[]) => void;
}

const STATUS_OPTIONS = STAKEHOLDER_STATUSES.map((s) => ({ value: s, label: s === 'left' ? 'left the company' : s }));

export function StakeholdersEditor({ stakeholders, errors, onChange }: StakeholdersEditorProps) {
  const update = (i: number, patch: Partial<StakeholderDraft>) =>
    onChange(stakeholders.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset class="group">
      <legend>Customer stakeholders</legend>
      {stakeholders.map((s, i) => {
        const path = `stakeholders[${i}]`;
        return (
          <div class="row-card" key={s.key} data-row={path}>
            <div class="grid grid--stakeholder">
              <TextField
                label="Name"
                field={`${path}.name`}
                value={s.name}
                errors={errorsAt(errors, `${path}.name`)}
                onValue={(name) => update(i, { name })}
              />
              <TextField
                label="E-mail"
                type="email"
                field={`${path}.email`}
                value={s.email}
                errors={errorsAt(errors, `${path}.email`)}
                onValue={(email) => update(i, { email })}
              />
              <TextField
                label="Role"
                field={`${path}.role`}
                value={s.role}
                placeholder="e.g. VP Operations"
                errors={errorsAt(errors, `${path}.role`)}
                onValue={(role) => update(i, { role })}
              />
              <SelectField
                label="Status"
                field={`${path}.status`}
                value={s.status}
                options={STATUS_OPTIONS}
                errors={errorsAt(errors, `${path}.status`)}
                onValue={(status) => update(i, { status })}
              />
              <button
                type="button"
                class="btn btn--ghost btn--remove"
                aria-label={`Remove stakeholder ${i + 1}`}
                onClick={() => onChange(stakeholders.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            <RowErrors errors={errors} path={path} />
          </div>
        );
      })}
      <button type="button" class="btn" onClick={() => onChange([...stakeholders, emptyStakeholder()])}>
        + Add stakeholder
      </button>
    </fieldset>
  );
}
