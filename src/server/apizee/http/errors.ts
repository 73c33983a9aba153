import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../../contract/errors.ts';
import type { Logger } from '../../runtime/log.ts';

/** An error the client caused (or may see): rendered as the contract's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly errors?: Record<string, string[]>,
    readonly details?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static badRequest(message: string, errors?: Record<string, string[]>): ApiError {
    return new ApiError(400, message, errors);
  }

  /** A 400 naming one invalid parameter. */
  static invalidParam(param: string, message: string): ApiError {
    return new ApiError(400, `Invalid parameter: ${param}`, { [param]: [message] });
  }

  static unauthorized(message = 'Authentication required'): ApiError {
    return new ApiError(401, message);
  }

  static forbidden(message = 'You are not allowed to do this'): ApiError {
    return new ApiError(403, message);
  }

  static notFound(message = 'Not found'): ApiError {
    return new ApiError(404, message);
  }

  static conflict(message: string): ApiError {
    return new ApiError(409, message);
  }
}

export function errorBody(
  status: number,
  message: string,
  errors?: Record<string, string[]>,
  details?: string,
) {
  const body: ApiErrorBody = { code: status, message };
  if (details) body.details = details;
  if (errors) body.errors = errors;
  return body;
}

function renderApiError(c: Context, error: ApiError) {
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer');
  return c.json(errorBody(error.status, error.message, error.errors, error.details), error.status);
}

/** Client errors keep their status; anything else is a bug: logged with its stack, answered 500. */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return renderApiError(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody(error.status, error.message || 'Bad request'), error.status);
    }
    logger.error('unhandled error', { method: c.req.method, path: c.req.path, error });
    return c.json(errorBody(500, 'Internal server error'), 500);
  };
}

export const notFoundHandler: NotFoundHandler = (c) => c.json(errorBody(404, 'Not found'), 404);
