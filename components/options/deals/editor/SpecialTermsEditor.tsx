import { emptyTerm, type TermDraft } from '@/lib/options/deal-draft';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { DateField } from '@/components/kit/fields/DateField';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowListEditor } from '@/components/kit/RowListEditor';
import type { CrmSource } from '@/lib/crm/fields';
import { itemOriginWords } from '@/lib/options/crm-origin';

export interface SpecialTermsEditorProps {
  terms: readonly TermDraft[];
  errors: FieldErrors;
  defaultRemindDays: number;
  /** The CRM a synced deal's terms came from (its lines that did not parse are said so). */
  crmSource?: CrmSource | null;
  onChange: (terms: TermDraft[]) => void;
}

export function SpecialTermsEditor({ terms, errors, defaultRemindDays, crmSource = null, onChange }: SpecialTermsEditorProps) {
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
      renderNote={(row) => {
        const origin = itemOriginWords(row.orig, crmSource);
        return origin ? (
          <p class="row-note muted small" data-handoff-options="item-origin">
            {origin}
          </p>
        ) : null;
      }}
    />
  );
}
