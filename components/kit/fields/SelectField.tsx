import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, Field } from './Field';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onValue: (value: T) => void;
  field: string;
  errors?: readonly string[];
  hint?: ComponentChildren;
  class?: string;
}

export function SelectField<T extends string>(p: SelectFieldProps<T>) {
  const id = useId();
  const errors = p.errors ?? [];
  return (
    <Field id={id} label={p.label} errors={errors} hint={p.hint} class={p.class}>
      <select
        id={id}
        value={p.value}
        data-field={p.field}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, errors, p.hint)}
        onChange={(e) => p.onValue(e.currentTarget.value as T)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
