import { emptyTerm, type TermDraft } from '@/lib/options/deal-draft';
import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowErrors } from './RowErrors';

export interface SpecialTermsEditorProps {
  terms: readonly TermDraft[];
  errors: FieldErrors;
  defaultRemindDays: number;
  onChange: (terms: TermDraft[]) => void;
}

export function SpecialTermsEditor({ terms, errors, defaultRemindDays, onChange }: SpecialTermsEditorProps) {
  const update = (i: number, patch: Partial<TermDraft>) => onChange(terms.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <fieldset class="group">
      <legend>Special terms</legend>
      <p class="muted small">Contract terms with a deadline, e.g. “Phase 1 live by 2027-01-15 or the first milestone is not paid”.</p>
      {terms.map((t, i) => {
        const path = `specialTerms[${i}]`;
        return (
          <div class="row-card" key={t.key} data-row={path}>
            <div class="grid grid--term">
              <TextAreaField
                label="Term"
                field={`${path}.text`}
                value={t.text}
                rows={2}
                errors={errorsAt(errors, `${path}.text`)}
                onValue={(text) => update(i, { text })}
              />
              <TextField
                label="Due on"
                type="date"
                field={`${path}.dueOn`}
                value={t.dueOn}
                errors={errorsAt(errors, `${path}.dueOn`)}
                onValue={(dueOn) => update(i, { dueOn })}
              />
              <TextField
                label="Remind days before"
                type="number"
                min={0}
                max={365}
                field={`${path}.remindDaysBefore`}
                value={t.remindDaysBefore}
                placeholder={`default (${defaultRemindDays})`}
                errors={errorsAt(errors, `${path}.remindDaysBefore`)}
                onValue={(remindDaysBefore) => update(i, { remindDaysBefore })}
              />
              <button
                type="button"
                class="btn btn--ghost btn--remove"
                aria-label={`Remove special term ${i + 1}`}
                onClick={() => onChange(terms.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
            <RowErrors errors={errors} path={path} />
          </div>
        );
      })}
      <button type="button" class="btn" onClick={() => onChange([...terms, emptyTerm(terms)])}>
        + Add special term
      </button>
    </fieldset>
  );
}
