import { Hono } from 'hono';
import { API_BASE, apiPaths } from '../../contract/paths.ts';
import { createLogger, type Logger } from '../runtime/log.ts';
import { requestLog } from '../runtime/requestLog.ts';
import { requireAuth } from './auth/middleware.ts';
import { DEFAULT_TOKEN_RATE_LIMITS, tokenRoutes, type TokenRateLimits } from './auth/routes.ts';
import { createTokenStore } from './auth/tokens.ts';
import type { ApizeeDeps, ApizeeEnv } from './context.ts';
import { openDatabase, type Database } from './db/database.ts';
import { directoryRoutes } from './directory/routes.ts';
import { eventRoutes } from './events/routes.ts';
import { exportRoutes } from './export/routes.ts';
import { createErrorHandler, notFoundHandler } from './http/errors.ts';
import { mediaRoutes } from './medias/routes.ts';
import { reportRoutes } from './report/routes.ts';
import { seedIfEmpty } from './seed/seedIfEmpty.ts';
import { ticketRoutes } from './tickets/routes.ts';

export interface ApizeeAppOptions {
  dataDir: string;
  logger?: Logger;
  /** Clock in epoch milliseconds (tests move it to expire tokens). */
  now?: () => number;
  /** Seed the demo data when the database has no users. */
  seed?: boolean;
  /** Limits of POST /token; the rest of the API is not rate limited. */
  tokenRateLimits?: Partial<TokenRateLimits>;
}

export interface ApizeeApp {
  app: Hono<ApizeeEnv>;
  db: Database;
  close(): void;
}

export function createApizeeApp(options: ApizeeAppOptions): ApizeeApp {
  const logger = options.logger ?? createLogger();
  const now = options.now ?? Date.now;
  const db = openDatabase(options.dataDir);
  if (options.seed) seedIfEmpty(db, { dataDir: options.dataDir, logger, now: now() });

  const deps: ApizeeDeps = { db, logger, now, dataDir: options.dataDir };
  const tokens = createTokenStore(db, now);
  const app = new Hono<ApizeeEnv>();
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);
  app.use('*', requestLog<ApizeeEnv>(logger, { fields: (c) => ({ user: c.get('user')?.id ?? null }) }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  const authenticate = requireAuth(tokens);
  const tokenPath = `${API_BASE}${apiPaths.token}`;
  app.use(`${API_BASE}/*`, (c, next) => (c.req.path === tokenPath ? next() : authenticate(c, next)));

  app.route(
    API_BASE,
    tokenRoutes(deps, tokens, { ...DEFAULT_TOKEN_RATE_LIMITS, ...options.tokenRateLimits }),
  );
  app.route(API_BASE, directoryRoutes());
  app.route(API_BASE, ticketRoutes());
  app.route(API_BASE, eventRoutes());
  app.route(API_BASE, reportRoutes());
  app.route(API_BASE, mediaRoutes());
  app.route(API_BASE, exportRoutes());

  return {
    app,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
