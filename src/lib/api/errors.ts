import type { ApiErrorBody } from '../../contract/errors.ts';

/** An HTTP error from the gateway or upstream, with the per-field messages of a 400. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody | null;
  /** Seconds to wait before trying again (429), from `X-RateLimit-Reset`. */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    message: string,
    body: ApiErrorBody | null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): Record<string, string[]> {
    return this.body?.errors ?? {};
  }
}

/** A response that does not match the contract: upstream changed, or a bug. */
export class ContractError extends Error {
  constructor(path: string, detail: string) {
    super(`Unexpected response from ${path}: ${detail}`);
    this.name = 'ContractError';
  }
}

/** A request that never got an answer (offline, gateway down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
