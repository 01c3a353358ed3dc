import { Field, useFieldControl, type FieldProps } from './Field';
import { Options, type Option } from './Options';

export interface SelectFieldProps<T extends string> extends FieldProps<T> {
  options: ReadonlyArray<Option<T>>;
}

export function SelectField<T extends string>(p: SelectFieldProps<T>) {
  const { frame, control } = useFieldControl(p);
  return (
    <Field {...frame}>
      <select {...control} value={p.value} onChange={(e) => p.onValue(e.currentTarget.value as T)}>
        <Options options={p.options} />
      </select>
    </Field>
  );
}
