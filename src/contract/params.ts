/**
 * Building blocks for request parameters. Upstream accepts parameters from the query string, a form
 * body or a JSON body, so each block accepts the string form and the JSON form of its value.
 */
import { z } from 'zod';

export const LIST_LIMIT_DEFAULT = 10;
export const LIST_LIMIT_MAX = 100;

const TRUE_VALUES = new Set(['1', 'true', 'TRUE']);
const FALSE_VALUES = new Set(['0', 'false', 'FALSE']);

/** `1`, `0`, `true`, `false`, `TRUE`, `FALSE` (or a JSON boolean / 0 / 1). */
export const booleanParam = z.union([z.boolean(), z.number(), z.string()]).transform((value, ctx) => {
  const text = String(value);
  if (TRUE_VALUES.has(text)) return true;
  if (FALSE_VALUES.has(text)) return false;
  ctx.addIssue({ code: 'custom', message: 'must be one of 1, 0, true, false, TRUE, FALSE' });
  return z.NEVER;
});

/** A whole number within bounds, from a string of digits or a JSON number. */
export function integerParam(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    const text = String(value).trim();
    if (!/^-?\d{1,16}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'must be a whole number' });
      return z.NEVER;
    }
    const n = Number(text);
    if (n < min || n > max) {
      ctx.addIssue({
        code: 'custom',
        message:
          max === Number.MAX_SAFE_INTEGER ? `must be at least ${min}` : `must be between ${min} and ${max}`,
      });
      return z.NEVER;
    }
    return n;
  });
}

export const idParam = integerParam(1);
export const offsetParam = integerParam(0);
export const limitParam = integerParam(1, LIST_LIMIT_MAX);

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO 8601 date or date-time (UTC when no offset is given) into epoch milliseconds, or
 * null when the text is not a valid calendar date. Shared by the server and the browser.
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
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const fraction = m[7];
  if (fraction) ms += Math.floor(Number(`0.${fraction}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2)) > 59) return null;
    ms -= sign * offsetMinutes * 60_000;
  }
  return ms;
}

/** Formats epoch milliseconds the way Apizee answers: `2026-11-25T14:00:00+00:00`. */
export function formatApiDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** An ISO 8601 date or date-time parameter, normalised to epoch milliseconds. */
export const dateParam = z.string().transform((text, ctx) => {
  const ms = parseIsoDate(text);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date, e.g. 2026-11-25T14:00:00Z' });
    return z.NEVER;
  }
  return ms;
});

/** A bounded free-text parameter. */
export function textParam(max: number) {
  return z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value);
    if (text.length > max) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters` });
      return z.NEVER;
    }
    // Control characters other than tab/newline never belong in a ticket field.
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'must not contain control characters' });
      return z.NEVER;
    }
    return text;
  });
}

/** One value of an enum, with a message that lists the allowed values. */
export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/** A comma-separated list of enum values (also a JSON array), deduplicated. */
export function enumListParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
    const items = (Array.isArray(value) ? value : value.split(','))
      .map((item) => item.trim())
      .filter(Boolean);
    const unknown = items.filter((item) => !(values as readonly string[]).includes(item));
    if (items.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a comma-separated list of ${values.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(items)] as T[number][];
  });
}

/** Service keys are 32 characters of `[a-z0-9]`. */
export const SERVICE_KEY = /^[a-z0-9]{32}$/;
export const serviceKeyParam = z.string().regex(SERVICE_KEY, 'must be a service key: 32 characters a-z, 0-9');
