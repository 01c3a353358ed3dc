import { Field, useFieldControl, type FieldProps } from './Field';

export interface TextAreaFieldProps extends FieldProps {
  placeholder?: string;
  rows?: number;
  /** For ids and keys typed one a line: no spell-checking. */
  monospace?: boolean;
}

export function TextAreaField(p: TextAreaFieldProps) {
  const { frame, control } = useFieldControl(p);
  return (
    <Field {...frame}>
      <textarea
        {...control}
        value={p.value}
        rows={p.rows ?? 3}
        placeholder={p.placeholder}
        class={p.monospace ? 'mono' : undefined}
        spellcheck={p.monospace ? false : undefined}
        onInput={(e) => p.onValue(e.currentTarget.value)}
      />
    </Field>
  );
}
