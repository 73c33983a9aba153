import { ApiError } from '../errors.ts';

/** Statuses where the server refuses a change for a reason the person can act on. */
const REFUSALS = new Set([400, 403, 409]);

/**
 * The server's own sentence for a refused change (a 400, 403 or 409 body's `message`, with the field
 * messages of a 400), or null for any other failure, which the general wording covers.
 */
export function refusalReason(error: unknown): string | null {
  if (!(error instanceof ApiError) || !REFUSALS.has(error.status) || !error.body?.message) return null;
  const details = Object.values(error.fieldErrors).flat();
  return details.length > 0 ? `${error.body.message} (${details.join('; ')})` : error.body.message;
}
