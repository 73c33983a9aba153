import { Hono } from 'hono';
import type { Extension } from '../../contract/extensions.ts';
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
import { extensionRoutes } from './extensions/routes.ts';
import { resolveExtensions, type ExtensionsOption } from './extensions/settings.ts';
import { exportRoutes } from './export/routes.ts';
import { bodySizeLimit } from './http/bodySizeLimit.ts';
import { createErrorHandler, notFoundHandler } from './http/errors.ts';
import { linkPageRoutes } from './invitations/pages.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { createSlidingWindowLimiter, userRateLimit } from './http/userRateLimit.ts';
import { mediaRoutes } from './medias/routes.ts';
import { reportRoutes } from './report/routes.ts';
import { seedIfEmpty } from './seed/seedIfEmpty.ts';
import { shapeVariants } from './testing/shapeVariants.ts';
import { ticketRoutes } from './tickets/routes.ts';
import { createWebhookNotifier, type WebhookNotifier, type WebhookOptions } from './webhooks/notifier.ts';

export interface ApizeeAppOptions {
  dataDir: string;
  logger?: Logger;
  /** Clock in epoch milliseconds (tests move it to expire tokens). */
  now?: () => number;
  /** Seed the demo data when the database has no users. */
  seed?: boolean;
  /** Limits of POST /token (password guessing), apart from `rateLimit`. */
  tokenRateLimits?: Partial<TokenRateLimits>;
  /** Apizee's limit: calls per minute per user on every other endpoint; 0 or absent turns it off. */
  rateLimit?: number;
  /** The [ext] features to answer (see extensions/settings.ts); absent: none, as a real Apizee. */
  extensions?: ExtensionsOption;
  /**
   * Webhooks after every ticket write: to `url` over HTTP and/or to an in-process `receiver`; none
   * when neither is given.
   */
  webhooks?: WebhookOptions;
  /** Answers in the shapes the public material leaves open (testing/shapeVariants.ts); test profile only. */
  shapeVariants?: boolean;
  /** Origin (and path) of the session links of `scope=sso`; default: the origin each request came to. */
  publicUrl?: string | (() => string | undefined);
}

export interface ApizeeApp {
  app: Hono<ApizeeEnv>;
  db: Database;
  /** What `extensions` resolved to, for a gateway in the same process (it need not ask). */
  extensions: readonly Extension[];
  webhooks: WebhookNotifier;
  close(): void;
}

export function createApizeeApp(options: ApizeeAppOptions): ApizeeApp {
  const logger = options.logger ?? createLogger();
  const now = options.now ?? Date.now;
  const db = openDatabase(options.dataDir);
  if (options.seed) seedIfEmpty(db, { dataDir: options.dataDir, logger, now: now() });

  const extensions = resolveExtensions(options.extensions);
  const webhooks = createWebhookNotifier(options.webhooks ?? {}, logger);
  const { publicUrl } = options;
  const deps: ApizeeDeps = {
    db,
    logger,
    now,
    dataDir: options.dataDir,
    extensions,
    webhooks,
    publicUrl: typeof publicUrl === 'function' ? publicUrl : () => publicUrl,
  };
  const tokens = createTokenStore(db, now);
  const app = new Hono<ApizeeEnv>();
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);
  app.use('*', requestLog<ApizeeEnv>(logger, { fields: (c) => ({ user: c.get('user')?.id ?? null }) }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', bodySizeLimit());
  const authenticate = requireAuth(tokens);
  const tokenPath = `${API_BASE}${apiPaths.token}`;
  app.use(`${API_BASE}/*`, (c, next) => (c.req.path === tokenPath ? next() : authenticate(c, next)));
  if (options.rateLimit) {
    const limitCalls = userRateLimit(createSlidingWindowLimiter(options.rateLimit, 60_000, now));
    app.use(`${API_BASE}/*`, (c, next) => (c.req.path === tokenPath ? next() : limitCalls(c, next)));
  }
  if (options.shapeVariants) app.use(`${API_BASE}/*`, shapeVariants());

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
  app.route(API_BASE, extensionRoutes());
  app.route(API_BASE, invitationRoutes());
  app.route('/', linkPageRoutes());

  return {
    app,
    db,
    extensions: [...extensions],
    webhooks,
    close: () => {
      webhooks.close();
      if (db.open) db.close();
    },
  };
}
