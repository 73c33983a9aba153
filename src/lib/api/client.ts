/**
 * The one place that talks HTTP to the gateway: same-origin, cookie session, CSRF header on every
 * request, responses parsed with the zod contract.
 */
// zod/mini's functions parse with any zod schema (mini or classic) without pulling in classic zod.
import * as z from 'zod/mini';
import { apiErrorSchema } from '../../contract/errors.ts';
import { API_BASE } from '../../contract/paths.ts';
import { ApiError, ContractError, NetworkError } from './errors.ts';
import { noteRateLimited } from './rateLimit.ts';

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

type RequestOptions<S extends z.core.$ZodType | undefined> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  schema?: S;
  signal?: AbortSignal;
};

let onUnauthorized: () => void = () => {};
/** The auth layer registers what to do when the session has expired (go to the login page). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** The session ended without a request failing (the live stream said so): as after a 401. */
export function sessionEnded(): void {
  onUnauthorized();
}

/** Query parameters as upstream wants them: lists comma-separated, empty values left out. */
export function toSearchParams(query: Query = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

export function apiUrl(path: string, query?: Query): string {
  const search = toSearchParams(query).toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

export async function request<S extends z.core.$ZodType | undefined = undefined>(
  url: string,
  options: RequestOptions<S> = {},
): Promise<S extends z.core.$ZodType ? z.infer<S> : void> {
  const headers: Record<string, string> = {
    'X-Requested-With': 'XMLHttpRequest',
    Accept: 'application/json',
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
  if (!response.ok) throw await toApiError(response);
  if (!options.schema || response.status === 204) return undefined as never;
  const json: unknown = await response.json();
  const parsed = z.safeParse(options.schema, json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContractError(
      url.split('?')[0] ?? url,
      `${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return parsed.data as never;
}

/** A call of the Apizee API through the gateway (`/api/v3` + path). */
export function apiRequest<S extends z.core.$ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
) {
  const { query, ...rest } = options;
  return request(apiUrl(path, query), rest);
}

async function toApiError(response: Response): Promise<ApiError> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON (a proxy's HTML error page, say): the status says enough.
  }
  const parsed = apiErrorSchema.safeParse(json);
  const body = parsed.success ? parsed.data : null;
  const fallback =
    json && typeof json === 'object' && 'error' in json ? String((json as { error: unknown }).error) : '';
  const message = body?.message ?? (fallback || response.statusText || `HTTP ${response.status}`);
  let retryAfter: number | null = null;
  if (response.status === 429) {
    const reset = Number(response.headers.get('X-RateLimit-Reset') ?? response.headers.get('Retry-After'));
    retryAfter = Number.isFinite(reset) && reset > 0 ? Math.min(reset, 3600) : 60;
    noteRateLimited(retryAfter);
  }
  if (response.status === 401 && !response.url.includes('/auth/')) onUnauthorized();
  return new ApiError(response.status, message, body, retryAfter);
}
