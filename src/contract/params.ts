/**
 * Building blocks for request parameters. Upstream accepts parameters from the query string, a form
 * body or a JSON body, so each block accepts the string form and the JSON form of its value.
 */
import { z } from 'zod';
import {
  enumListItems,
  enumListProblem,
  integerProblem,
  parseIsoDate,
  SERVICE_KEY,
  textProblem,
} from './paramRules.ts';

export { formatApiDate, parseIsoDate, SERVICE_KEY } from './paramRules.ts';

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
    const problem = integerProblem(text, min, max);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return Number(text);
  });
}

export const idParam = integerParam(1);
export const offsetParam = integerParam(0);
export const limitParam = integerParam(1, LIST_LIMIT_MAX);

/** An ISO 8601 date or date-time parameter, normalised to epoch milliseconds. */
export const dateParam = z.string().transform((text, ctx) => {
  const ms = parseIsoDate(text);
  if (ms === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an ISO 8601 date of the years 0001 to 9999, e.g. 2026-11-25T14:00:00Z',
    });
    return z.NEVER;
  }
  return ms;
});

/** A bounded free-text parameter. */
export function textParam(max: number) {
  return z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value);
    const problem = textProblem(text, max);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
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
    const problem = enumListProblem(values, value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return enumListItems(values, value) ?? [];
  });
}

export const serviceKeyParam = z.string().regex(SERVICE_KEY, 'must be a service key: 32 characters a-z, 0-9');
