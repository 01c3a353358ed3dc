import { errorsAt, type FieldErrors as Errors } from '@/lib/forms/field-errors';
import { FieldErrors } from '@/components/kit/fields/FieldErrors';

/** Problems of a row as a whole, and of its hidden id. */
export function RowErrors({ errors, path }: { errors: Errors; path: string }) {
  return <FieldErrors errors={[...errorsAt(errors, path), ...errorsAt(errors, `${path}.id`)]} />;
}
