import { Hono } from 'hono';
import { EXTENSIONS, EXTENSIONS_PATH } from '../../../contract/extensions.ts';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';

/**
 * `GET /extensions` [ext]: the names of the extensions this server answers, so a client (the gateway)
 * can tell what it may use. A 404 when they are all off, as on a real Apizee, which has no such path.
 */
export function extensionRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get(EXTENSIONS_PATH, (c) => {
    const enabled = c.get('deps').extensions;
    if (enabled.size === 0) throw ApiError.notFound();
    return c.json({ extensions: EXTENSIONS.filter((name) => enabled.has(name)) });
  });
  return app;
}
