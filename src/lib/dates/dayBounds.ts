/**
 * The one rule for date filters, for the ticket list and the medias alike: a period is half-open,
 * `since` ≤ t < `until`. A calendar day picked in the UI (`YYYY-MM-DD`, the user's local day) starts at
 * its local midnight, and as an upper bound it stands for the whole day, so it is sent as the next
 * local midnight. The API compares `since` with `>=` and `until` with `<`.
 */
import { formatApiDate, parseIsoDate } from '../../contract/paramRules.ts';

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Which end of a period a date fills: `start` (inclusive) or `end` (exclusive). */
export type PeriodEnd = 'start' | 'end';

/** The calendar day of an instant in the browser's time zone, as `YYYY-MM-DD`. */
export function toLocalDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** The `YYYY-MM-DD` value if it is a real calendar day, else null. */
export function parseLocalDay(value: string | null | undefined): string | null {
  const match = value ? LOCAL_DAY.exec(value.trim()) : null;
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? match[0] : null;
}

/**
 * A filter date as the API wants it: a local day becomes the midnight that opens it (`start`) or the
 * midnight that closes it (`end`); a date-time stays that instant. Undefined when the value is neither.
 */
export function periodBoundToParam(value: string, end: PeriodEnd): string | undefined {
  const day = parseLocalDay(value);
  if (day) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return formatApiDate(new Date(y, m - 1, end === 'end' ? d + 1 : d).getTime());
  }
  const ms = parseIsoDate(value);
  return ms === null ? undefined : formatApiDate(ms);
}

/** `now` to the minute, in UTC (`2026-11-25T14:05Z`): short in a URL, exact enough for "upcoming" or "late". */
export function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}
