import type { MiddlewareHandler } from 'hono';
import type { Logger } from './log.ts';
import type { ApizeeEnv } from '../apizee/context.ts';

/**
 * One line per request: method, path, status, duration, user id. The path never includes the query
 * string (it may carry credentials on /token), and no header is logged.
 */
export function requestLog(logger: Logger): MiddlewareHandler<ApizeeEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      user: c.get('user')?.id ?? null,
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
