import type { ComponentChildren } from 'preact';
import { FieldErrors } from './FieldErrors';

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

/** aria-describedby for a control inside `Field`. */
export function describedBy(id: string, errors: readonly string[], hint: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.length ? `${id}-err` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
