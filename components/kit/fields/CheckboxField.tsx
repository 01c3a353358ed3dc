import { useId } from 'preact/hooks';
import { FieldErrors } from './FieldErrors';

export interface CheckboxFieldProps {
  label: string;
  value: boolean;
  onValue: (checked: boolean) => void;
  /** The field's path in the record (data-field). */
  field: string;
  errors?: readonly string[];
}

/** A yes/no field: the box inside its label, its problems below. */
export function CheckboxField(p: CheckboxFieldProps) {
  const id = useId();
  const errors = p.errors ?? [];
  return (
    <div class={`field field--checkbox${errors.length ? ' field--invalid' : ''}`}>
      <label for={id}>
        <input
          id={id}
          type="checkbox"
          checked={p.value}
          data-field={p.field}
          onChange={(e) => p.onValue(e.currentTarget.checked)}
        />{' '}
        {p.label}
      </label>
      <FieldErrors errors={errors} />
    </div>
  );
}
