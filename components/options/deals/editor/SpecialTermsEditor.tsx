import { emptyTerm, type TermDraft } from '@/lib/options/deal-draft';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { DateField } from '@/components/kit/fields/DateField';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowListEditor } from '@/components/kit/RowListEditor';

export interface SpecialTermsEditorProps {
  terms: readonly TermDraft[];
  errors: FieldErrors;
  defaultRemindDays: number;
  onChange: (terms: TermDraft[]) => void;
}

export function SpecialTermsEditor({ terms, errors, defaultRemindDays, onChange }: SpecialTermsEditorProps) {
  return (
    <RowListEditor
      legend="Special terms"
      intro={<p class="muted small">Contract terms with a deadline, e.g. “Phase 1 live by 2027-01-15 or the first milestone is not paid”.</p>}
      rows={terms}
      path="specialTerms"
      rowName="special term"
      grid="grid--term"
      errors={errors}
      onChange={onChange}
      newRow={emptyTerm}
      renderFields={(bind) => (
        <>
          <TextAreaField label="Term" rows={2} {...bind('text')} />
          <DateField label="Due on" {...bind('dueOn')} />
          <TextField
            label="Remind days before"
            type="number"
            min={0}
            max={365}
            placeholder={`default (${defaultRemindDays})`}
            {...bind('remindDaysBefore')}
          />
        </>
      )}
    />
  );
}
