import { Field, useFieldControl, type FieldProps } from './Field';

export interface TextFieldProps extends FieldProps {
  type?: 'text' | 'email' | 'number';
  placeholder?: string;
  disabled?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  /** id of a <datalist> of suggestions. */
  list?: string;
  autoComplete?: 'off';
  maxLength?: number;
  min?: number;
  max?: number;
  autoFocus?: boolean;
}

export function TextField(p: TextFieldProps) {
  const { frame, control } = useFieldControl(p);
  return (
    <Field {...frame}>
      <input
        {...control}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        disabled={p.disabled}
        inputMode={p.inputMode}
        list={p.list}
        autoComplete={p.autoComplete}
        maxLength={p.maxLength}
        min={p.min}
        max={p.max}
        autoFocus={p.autoFocus}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </Field>
  );
}
