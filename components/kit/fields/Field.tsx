import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { FieldErrors } from './FieldErrors';

/** What every kit field takes: its label, its record path, its problems, its value and how to change it. */
export interface FieldProps<Value = string> {
  label: string;
  /** The field's path in the record, e.g. `owner.email` (data-field: tests and focus find the control by it). */
  field: string;
  errors?: readonly string[];
  hint?: ComponentChildren;
  /** Classes added to the field's frame, e.g. `mono-input`. */
  class?: string;
  required?: boolean;
  value: Value;
  onValue: (value: Value) => void;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  errors?: readonly string[];
  hint?: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}

/** Label, control, hint and problems of one form field. */
export function Field({ id, label, errors = [], hint, class: extra, children }: FieldFrameProps) {
  return (
    <div class={['field', errors.length ? 'field--invalid' : '', extra ?? ''].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {children}
      {hint ? (
        <div class="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

/** aria-describedby for a control inside `Field`: its hint and its problems. */
function describedBy(id: string, errors: readonly string[], hint: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.length ? `${id}-err` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * One field's frame props and the attributes its control shares with every
 * other kit control: the id the label points at, data-field, required, and
 * the ARIA that ties the control to its problems.
 */
export function useFieldControl<Value>(p: FieldProps<Value>) {
  const id = useId();
  const errors = p.errors ?? [];
  return {
    frame: { id, label: p.label, errors, hint: p.hint, class: p.class },
    control: {
      id,
      required: p.required,
      'data-field': p.field,
      'aria-invalid': errors.length ? (true as const) : undefined,
      'aria-describedby': describedBy(id, errors, p.hint),
    },
  };
}
