import { Hono } from 'hono';
import { createLogger, type Logger } from '../runtime/log.ts';
import { requireAuth } from './auth/middleware.ts';
import { createTokenStore } from './auth/tokens.ts';
import type { ApizeeDeps, ApizeeEnv } from './context.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createErrorHandler, notFoundHandler } from './http/errors.ts';
import { requestLog } from '../runtime/requestLog.ts';
import { registerDirectoryRoutes } from './directory/routes.ts';
import { registerEventRoutes } from './events/routes.ts';
import { registerReportRoutes } from './report/routes.ts';
import { registerTicketRoutes } from './tickets/routes.ts';
import { DEFAULT_TOKEN_RATE_LIMITS, registerTokenRoutes, type TokenRateLimits } from './auth/routes.ts';
import { registerUserRoutes } from './directory/me.ts';
import { registerMediaRoutes } from './medias/routes.ts';
import { seedIfEmpty } from './seed/seedIfEmpty.ts';
import { API_BASE, apiPaths } from '../../contract/paths.ts';

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
  app.use('*', requestLog(logger));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  const authenticate = requireAuth(tokens);
  const tokenPath = `${API_BASE}${apiPaths.token}`;
  app.use(`${API_BASE}/*`, (c, next) => (c.req.path === tokenPath ? next() : authenticate(c, next)));

  registerTokenRoutes(app, deps, tokens, { ...DEFAULT_TOKEN_RATE_LIMITS, ...options.tokenRateLimits });
  registerUserRoutes(app);
  registerDirectoryRoutes(app);
  registerTicketRoutes(app);
  registerEventRoutes(app);
  registerReportRoutes(app);
  registerMediaRoutes(app);

  return {
    app,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
