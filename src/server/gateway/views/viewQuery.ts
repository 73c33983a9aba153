/**
 * A saved view's query string (the list's URL, no `?`) checked by the List Tickets rules of the
 * contract, so a view never holds a filter the list would refuse; and turned into the list's
 * parameters to count what it lists.
 */
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import { listTicketsParamsSchema, type ListTicketsParams } from '../../../contract/requests.ts';
import { VIEW_QUERY_MAX_BYTES } from '../../../contract/savedViews.ts';
import { zonedDayBound } from './zonedDays.ts';

/** The list URL's keys a view keeps: its filters, sort and page size (never a page: a view opens on the first). */
export const VIEW_QUERY_KEYS = [
  'search',
  'state',
  'user',
  'type',
  'reference',
  'requestor',
  'group',
  'service',
  'since',
  'until',
  'started_after',
  'started_before',
  'ended_before',
  'orderby',
  'order',
  'limit',
] as const;

/** The list sends a picked day as the midnight that opens it, or for upper bounds the one that closes it. */
const DAY_ENDS: Record<string, boolean> = {
  since: false,
  started_after: false,
  until: true,
  started_before: true,
  ended_before: true,
};

const viewParamsSchema = listTicketsParamsSchema.omit({ offset: true, scope: true });

export type ViewParams = Omit<ListTicketsParams, 'offset' | 'scope'>;
export type ViewQueryResult =
  { ok: true; params: ViewParams } | { ok: false; errors: Record<string, string[]> };

/** Errors are named `<field>.<key>`, e.g. `query.state`. */
export function parseViewQuery(
  query: string,
  options: { field?: string; timeZone?: string } = {},
): ViewQueryResult {
  const field = options.field ?? 'query';
  const errors: Record<string, string[]> = {};
  const fail = (key: string | null, message: string): ViewQueryResult => {
    (errors[key === null ? field : `${field}.${key}`] ??= []).push(message);
    return { ok: false, errors };
  };
  if (new TextEncoder().encode(query).length > VIEW_QUERY_MAX_BYTES)
    return fail(null, `must be at most ${VIEW_QUERY_MAX_BYTES} bytes`);
  if (query.startsWith('?')) return fail(null, 'must not start with ?');
  const values: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    if (!(VIEW_QUERY_KEYS as readonly string[]).includes(key))
      fail(key, 'is not a filter of the ticket list');
    else if (key in values) fail(key, 'is given more than once');
    else if (value !== '') {
      const dayEnd = DAY_ENDS[key];
      const bound =
        dayEnd !== undefined && options.timeZone && zonedDayBound(value, options.timeZone, dayEnd);
      values[key] = bound || value;
    }
  }
  const parsed = viewParamsSchema.safeParse(values);
  if (!parsed.success) {
    for (const [key, messages] of Object.entries(issuesToFieldErrors(parsed.error.issues)))
      errors[`${field}.${key}`] = messages;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, params: parsed.data };
}
