/**
 * The rules of request parameters, without zod: the classic-zod parameter schemas (`params.ts`,
 * `requests.ts`) wrap them for the server and the forms, and the browser's ticket list applies them
 * directly to its URL, so the first screen does not load classic zod.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `Date.UTC` without its quirk: there, years 0–99 mean 1900–1999. `monthIndex` counts from 0 and
 * may overflow into the next year, as in `Date.UTC`.
 */
export function utcTime(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0) {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The instants an API date can name: years 0001 to 9999 (four digits, as the API writes them). */
const FIRST_INSTANT = utcTime(1, 0, 1);
const AFTER_LAST_INSTANT = utcTime(10000, 0, 1);

/**
 * Parses an ISO 8601 date or date-time (UTC when no offset is given) into epoch milliseconds, or
 * null when the text is not a valid calendar date of the years 0001 to 9999. Shared by the server
 * and the browser.
 */
export function parseIsoDate(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const daysInMonth = new Date(utcTime(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let ms = utcTime(year, month - 1, day, hour, minute, second);
  const fraction = m[7];
  if (fraction) ms += Math.floor(Number(`0.${fraction}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2)) > 59) return null;
    ms -= sign * offsetMinutes * 60_000;
  }
  return ms >= FIRST_INSTANT && ms < AFTER_LAST_INSTANT ? ms : null;
}

/** Formats epoch milliseconds the way Apizee answers: `2026-11-25T14:00:00+00:00`. */
export function formatApiDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Why a whole number (as text) is not acceptable within bounds, or null when it is. */
export function integerProblem(text: string, min: number, max = Number.MAX_SAFE_INTEGER): string | null {
  if (!/^-?\d{1,16}$/.test(text)) return 'must be a whole number';
  const n = Number(text);
  if (n >= min && n <= max) return null;
  return max === Number.MAX_SAFE_INTEGER ? `must be at least ${min}` : `must be between ${min} and ${max}`;
}

/** Why a free-text value is not acceptable, or null when it is. */
export function textProblem(text: string, max: number): string | null {
  if (text.length > max) return `must be at most ${max} characters`;
  // Control characters other than tab/newline never belong in a ticket field.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    return 'must not contain control characters';
  }
  return null;
}

function listItems(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? value.split(',') : value).map((item) => item.trim()).filter(Boolean);
}

/** Why a comma-separated list (or an array) of enum values is not acceptable, or null when it is. */
export function enumListProblem(values: readonly string[], value: string | readonly string[]): string | null {
  const items = listItems(value);
  // A longer list can only repeat values: refused, so that a list parameter has a bounded cost.
  if (items.length > values.length) return `must list at most ${values.length} values`;
  if (items.length === 0 || items.some((item) => !values.includes(item))) {
    return `must be a comma-separated list of ${values.join(', ')}`;
  }
  return null;
}

/** The enum values of a list, deduplicated; null when `enumListProblem` finds one. */
export function enumListItems<const T extends readonly string[]>(
  values: T,
  value: string | readonly string[],
): T[number][] | null {
  if (enumListProblem(values, value)) return null;
  return [...new Set(listItems(value))] as T[number][];
}

/** Service keys are 32 characters of `[a-z0-9]`. */
export const SERVICE_KEY = /^[a-z0-9]{32}$/;
/** `service`: a key, or `all` [ext]; when absent upstream uses the enterprise's default service. */
export const ALL_SERVICES = 'all';

/**
 * `user`: an id; `all` (admin only) for the whole enterprise; and two extensions of ours,
 * `unassigned` (tickets without an agent that I may see) and `visible` (every ticket I may see).
 */
export const TICKET_USER_SCOPES = ['all', 'unassigned', 'visible'] as const;
export type TicketUserScope = (typeof TICKET_USER_SCOPES)[number];

/** The `user` filter of List Tickets: a user id or a scope; null when it is neither. */
export function ticketUserValue(text: string): number | TicketUserScope | null {
  const trimmed = text.trim();
  if ((TICKET_USER_SCOPES as readonly string[]).includes(trimmed)) return trimmed as TicketUserScope;
  if (/^\d{1,12}$/.test(trimmed) && Number(trimmed) > 0) return Number(trimmed);
  return null;
}
