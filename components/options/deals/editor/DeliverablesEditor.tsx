import { emptyDeliverable, type DeliverableDraft } from '@/lib/options/deal-draft';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { CheckboxField } from '@/components/kit/fields/CheckboxField';
import { DateField } from '@/components/kit/fields/DateField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowListEditor } from '@/components/kit/RowListEditor';

export interface DeliverablesEditorProps {
  deliverables: readonly DeliverableDraft[];
  errors: FieldErrors;
  /** id of a <datalist> of known e-mail addresses. */
  emailList?: string;
  onChange: (deliverables: DeliverableDraft[]) => void;
}

export function DeliverablesEditor({ deliverables, errors, emailList, onChange }: DeliverablesEditorProps) {
  return (
    <RowListEditor
      legend="Deliverables Sales promised"
      rows={deliverables}
      path="deliverables"
      rowName="deliverable"
      grid="grid--deliverable"
      errors={errors}
      onChange={onChange}
      newRow={emptyDeliverable}
      renderFields={(bind) => (
        <>
          <TextField label="Deliverable" {...bind('name')} />
          <DateField label="Promised on" {...bind('promisedOn')} />
          <TextField label="Promised by (e-mail)" type="email" list={emailList} {...bind('promisedBy')} />
          <CheckboxField label="PM confirmed" {...bind('pmConfirmed')} />
        </>
      )}
    />
  );
}
