/** The problems of one field, read out by screen readers as they appear. */
export function FieldErrors({ id, errors }: { id?: string; errors: readonly string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="field-errors" id={id} role="alert">
      {errors.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}
