/** The directory calls every page makes (groups, services, users, contacts), from the user's short cache. */
import type { Hono } from 'hono';
import type { GatewayDeps } from '../deps.ts';
import type { GatewayEnv } from '../http.ts';
import { sessionOf } from '../proxy.ts';
import { apiPath } from '../upstreamCall.ts';
import { cachedGet } from './responseCache.ts';

const DIRECTORY_PATHS = [
  '/enterprises/:enterprise{[0-9]+}/groups',
  '/enterprises/:enterprise{[0-9]+}/services',
  '/enterprises/:enterprise{[0-9]+}/users',
  '/contacts',
];

export function registerDirectoryCache(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  for (const path of DIRECTORY_PATHS) {
    app.get(apiPath(path), async (c) => {
      const session = sessionOf(c, deps);
      if (session instanceof Response) return session;
      const url = new URL(c.req.url);
      return cachedGet(c, deps, session, `${url.pathname}${url.search}`);
    });
  }
}
