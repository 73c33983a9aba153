import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../lib/api/errors.ts';

/**
 * Puts a 400's per-parameter messages on the fields of the same name (the forms use the parameter
 * names); returns the messages that belong to no field, for the form-level alert.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): string[] {
  const unplaced: string[] = [];
  for (const [param, messages] of Object.entries(error.fieldErrors)) {
    const field = param.split('.')[0] ?? param;
    const message = messages.join(' ');
    if (fields.includes(field)) setError(field as Path<T>, { type: 'server', message });
    else unplaced.push(message);
  }
  return unplaced;
}
