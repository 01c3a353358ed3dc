import { useId } from 'preact/hooks';
import { FieldErrors } from './FieldErrors';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  field: string;
  errors?: readonly string[];
}

export function CheckboxField(p: CheckboxFieldProps) {
  const id = useId();
  const errors = p.errors ?? [];
  return (
    <div class={`field field--checkbox${errors.length ? ' field--invalid' : ''}`}>
      <label for={id}>
        <input
          id={id}
          type="checkbox"
          checked={p.checked}
          data-field={p.field}
          onChange={(e) => p.onChecked(e.currentTarget.checked)}
        />{' '}
        {p.label}
      </label>
      <FieldErrors errors={errors} />
    </div>
  );
}
