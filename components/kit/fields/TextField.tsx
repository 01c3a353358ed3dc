import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, Field } from './Field';

export interface TextFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The field's path in the record, e.g. `owner.email` (data-field, for tests). */
  field: string;
  errors?: readonly string[];
  hint?: ComponentChildren;
  type?: 'text' | 'email' | 'date' | 'number';
  placeholder?: string;
  disabled?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  list?: string;
  min?: number;
  max?: number;
  class?: string;
  autoFocus?: boolean;
}

export function TextField(p: TextFieldProps) {
  const id = useId();
  const errors = p.errors ?? [];
  return (
    <Field id={id} label={p.label} errors={errors} hint={p.hint} class={p.class}>
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        disabled={p.disabled}
        inputMode={p.inputMode}
        list={p.list}
        min={p.min}
        max={p.max}
        autoFocus={p.autoFocus}
        data-field={p.field}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, errors, p.hint)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </Field>
  );
}
