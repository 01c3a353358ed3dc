import type { ComponentChildren } from 'preact';
import { Field, useFieldControl } from '@/components/kit/fields/Field';

export interface CrmInputProps {
  label: string;
  /** The form field's name (data-field). */
  field: string;
  /** data-handoff: the UI contract's hook for this input (test/e2e/UI-CONTRACT.md). */
  hook: string;
  source: string;
  type: 'text' | 'password';
  inputMode?: 'url';
  value: string;
  placeholder?: string;
  hint?: ComponentChildren;
  errors?: readonly string[];
  onValue: (value: string) => void;
}

/**
 * A kit field (label, hint, problems, ARIA) whose input carries a
 * contract hook; the token field is a password input, so it is not shown
 * over a shoulder and password managers leave it alone.
 */
export function CrmInput(p: CrmInputProps) {
  const { frame, control } = useFieldControl({ ...p, errors: p.errors ?? [] });
  const attrs = {
    ...control,
    value: p.value,
    placeholder: p.placeholder,
    inputMode: p.inputMode,
    autoComplete: 'off',
    spellcheck: false,
    'data-handoff': p.hook,
    'data-crm': p.source,
    onInput: (e: Event) => p.onValue((e.currentTarget as HTMLInputElement).value),
  };
  // Preact types a password input apart from a text one.
  return <Field {...frame}>{p.type === 'password' ? <input type="password" {...attrs} /> : <input type="text" {...attrs} />}</Field>;
}
