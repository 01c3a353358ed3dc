import { Field, useFieldControl, type FieldProps } from './Field';

export interface DateFieldProps extends FieldProps {
  min?: string;
  max?: string;
}

/** A day (YYYY-MM-DD, or '' for none), picked with the browser's date control. */
export function DateField(p: DateFieldProps) {
  const { frame, control } = useFieldControl(p);
  return (
    <Field {...frame}>
      <input {...control} type="date" value={p.value} min={p.min} max={p.max} onInput={(e) => p.onValue(e.currentTarget.value)} />
    </Field>
  );
}
