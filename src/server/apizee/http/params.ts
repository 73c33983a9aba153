import type { Context } from 'hono';
import type { z } from 'zod';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import { withoutEmptyValues } from '../../../contract/requests.ts';
import { ApiError } from './errors.ts';

type RawParams = Record<string, unknown>;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function queryParams(c: Context): RawParams {
  const params: RawParams = {};
  // A repeated key keeps its last value, as a form body would.
  for (const [key, value] of new URL(c.req.url).searchParams) params[key] = value;
  return params;
}

async function bodyParams(c: Context): Promise<RawParams> {
  if (!BODY_METHODS.has(c.req.method)) return {};
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.includes('application/json')) {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw ApiError.badRequest('The request body is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw ApiError.badRequest('The JSON body must be an object of parameters');
    }
    return parsed as RawParams;
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    const params: RawParams = {};
    for (const [key, value] of new URLSearchParams(await c.req.text())) params[key] = value;
    return params;
  }
  if (type.includes('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw ApiError.badRequest('The form body is malformed');
    }
    const params: RawParams = {};
    for (const [key, value] of form) if (typeof value === 'string') params[key] = value;
    return params;
  }
  return {};
}

export interface ReadParamsOptions {
  /**
   * Keep empty values (an update's `agent=` means "unassign"); JSON nulls become ''. By default an
   * empty value means "not given".
   */
  keepEmpty?: boolean;
}

/** Query string merged with a form or JSON body (the body wins), validated by a contract schema. */
export async function readParams<S extends z.ZodType>(
  c: Context,
  schema: S,
  options: ReadParamsOptions = {},
): Promise<z.output<S>> {
  const merged = { ...queryParams(c), ...(await bodyParams(c)) };
  const params = options.keepEmpty
    ? Object.fromEntries(Object.entries(merged).map(([key, value]) => [key, value ?? '']))
    : withoutEmptyValues(merged);
  const result = schema.safeParse(params);
  if (!result.success) {
    const errors = issuesToFieldErrors(result.error.issues);
    throw ApiError.badRequest(`Invalid parameters: ${Object.keys(errors).join(', ')}`, errors);
  }
  return result.data;
}

/** A numeric id from the path; anything else cannot name an object, so it is a 404. */
export function pathId(c: Context, name = 'id'): number {
  const text = c.req.param(name) ?? '';
  const id = /^\d{1,15}$/.test(text) ? Number(text) : 0;
  if (id < 1) throw ApiError.notFound();
  return id;
}
