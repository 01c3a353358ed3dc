import type { ComponentChildren } from 'preact';

export interface FormFieldProps {
  id: string;
  label: string;
  errors?: readonly string[];
  class?: string;
  children: ComponentChildren;
}

/** A label, its control and the control's problems (read out as they appear). */
export function FormField({ id, label, errors = [], class: extra, children }: FormFieldProps) {
  return (
    <div class={['pf-field', errors.length ? 'pf-field--invalid' : '', extra ?? ''].filter(Boolean).join(' ')}>
      <label for={id}>{label}</label>
      {children}
      {errors.length ? (
        <ul class="pf-errors" id={`${id}-err`} role="alert">
          {errors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** aria attributes for a control inside `FormField`. */
export function invalidProps(id: string, errors: readonly string[] | undefined) {
  return errors?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-err` } : {};
}
