import type { Context, Env, MiddlewareHandler } from 'hono';
import type { LogFields, Logger } from './log.ts';

export interface RequestLogOptions<E extends Env> {
  /** Monotonic clock in milliseconds; injectable for tests. */
  now?: () => number;
  /** Extra fields of the line, read after the request was handled (e.g. the signed-in user's id). */
  fields?: (c: Context<E>) => LogFields;
}

/** Session links carry their credential in the path (`/join/<token>`, `/room/<token>`). */
const CAPABILITY_PATH = /^(\/(?:join|room)\/)[^/]+/;

/**
 * One JSON line per request: method, path, status, duration in milliseconds. The path never includes
 * the query string (it may carry search terms or credentials, as on /token), and no header, cookie or
 * token is logged (nor the token of a session link's path). Server errors (5xx) are logged at error level.
 */
export function requestLog<E extends Env = Env>(
  logger: Logger,
  options: RequestLogOptions<E> = {},
): MiddlewareHandler<E> {
  const now = options.now ?? performance.now.bind(performance);
  return async (c, next) => {
    const started = now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path.replace(CAPABILITY_PATH, '$1[redacted]'),
      status,
      ms: Math.round((now() - started) * 10) / 10,
      ...options.fields?.(c),
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
