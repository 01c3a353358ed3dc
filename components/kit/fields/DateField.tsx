import { Field, useFieldControl, type FieldProps } from './Field';

export interface DateFieldProps extends FieldProps {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  onValue: (value: string) => void;
  min?: string;
  max?: string;
}

/** A day, picked with the browser's date control. */
export function DateField(p: DateFieldProps) {
  const { frame, control } = useFieldControl(p);
  return (
    <Field {...frame}>
      <input {...control} type="date" value={p.value} min={p.min} max={p.max} onInput={(e) => p.onValue(e.currentTarget.value)} />
    </Field>
  );
}
