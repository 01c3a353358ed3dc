/**
 * The problems of one field (or, with class `field-errors--form`, of the
 * whole form), read out by screen readers as they appear.
 */
export function FieldErrors({ id, errors, class: extra }: { id?: string; errors: readonly string[]; class?: string }) {
  if (!errors.length) return null;
  return (
    <ul class={extra ? `field-errors ${extra}` : 'field-errors'} id={id} role="alert">
      {errors.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}
