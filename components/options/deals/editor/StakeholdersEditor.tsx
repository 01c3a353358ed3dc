import { STAKEHOLDER_STATUSES } from '@/lib/model';
import { emptyStakeholder, type StakeholderDraft } from '@/lib/options/deal-draft';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowListEditor } from '@/components/kit/RowListEditor';

export interface StakeholdersEditorProps {
  stakeholders: readonly StakeholderDraft[];
  errors: FieldErrors;
  onChange: (stakeholders: StakeholderDraft[]) => void;
}

const STATUS_OPTIONS = STAKEHOLDER_STATUSES.map((s) => ({ value: s, label: s === 'left' ? 'left the company' : s }));

export function StakeholdersEditor({ stakeholders, errors, onChange }: StakeholdersEditorProps) {
  return (
    <RowListEditor
      legend="Customer stakeholders"
      rows={stakeholders}
      path="stakeholders"
      rowName="stakeholder"
      grid="grid--stakeholder"
      errors={errors}
      onChange={onChange}
      newRow={emptyStakeholder}
      renderFields={(bind) => (
        <>
          <TextField label="Name" {...bind('name')} />
          <TextField label="E-mail" type="email" {...bind('email')} />
          <TextField label="Role" placeholder="e.g. VP Operations" {...bind('role')} />
          <SelectField label="Status" options={STATUS_OPTIONS} {...bind('status')} />
        </>
      )}
    />
  );
}
