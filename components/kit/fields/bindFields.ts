import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';

/** The props a kit field takes from its draft. */
export interface BoundField<Value> {
  field: string;
  value: Value;
  errors: readonly string[];
  onValue: (value: Value) => void;
}

/** `bind(key)`: the props of the field showing one key of a draft. */
export type FieldBinder<Draft> = <Key extends keyof Draft & string>(key: Key, path?: string) => BoundField<Draft[Key]>;

/**
 * Ties kit fields to one draft: `bind(key)` gives a field its value, its
 * problems and its edit, so each field only says what it looks like.
 * Problems are looked up by record path: `prefix.key` (`specialTerms[0].dueOn`),
 * or the path given where the draft's key is not the record's (`ownerName` → `owner.name`).
 */
export function bindFields<Draft extends object>(
  draft: Draft,
  errors: FieldErrors,
  edit: (patch: Partial<Draft>) => void,
  prefix = '',
): FieldBinder<Draft> {
  return (key, path = prefix ? `${prefix}.${key}` : key) => ({
    field: path,
    value: draft[key],
    errors: errorsAt(errors, path),
    onValue: (value) => {
      const patch: Partial<Draft> = {};
      patch[key] = value;
      edit(patch);
    },
  });
}
