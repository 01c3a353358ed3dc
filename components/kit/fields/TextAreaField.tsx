import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { describedBy, Field } from './Field';

export interface TextAreaFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  field: string;
  errors?: readonly string[];
  hint?: ComponentChildren;
  placeholder?: string;
  rows?: number;
  class?: string;
  monospace?: boolean;
}

export function TextAreaField(p: TextAreaFieldProps) {
  const id = useId();
  const errors = p.errors ?? [];
  return (
    <Field id={id} label={p.label} errors={errors} hint={p.hint} class={p.class}>
      <textarea
        id={id}
        value={p.value}
        rows={p.rows ?? 3}
        placeholder={p.placeholder}
        class={p.monospace ? 'mono' : undefined}
        spellcheck={p.monospace ? false : undefined}
        data-field={p.field}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, errors, p.hint)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </Field>
  );
}
