/** The gateway (backend-for-frontend): sessions, CSRF guard, /api/v3 forwarding and the built SPA. */
import { Hono } from 'hono';
import type { Logger } from '../runtime/log.ts';
import { requestLog } from '../runtime/requestLog.ts';
import { registerAuthRoutes } from './auth.ts';
import type { GatewayDeps } from './deps.ts';
import { errorResponse, type GatewayEnv } from './http.ts';
import { registerLinkPages } from './linkPages.ts';
import { createLiveHub, type LiveHub } from './live/hub.ts';
import { createMemoryFeed } from './live/memoryFeed.ts';
import { registerLiveRoutes, type LiveRouteOptions } from './live/routes.ts';
import { bodySizeLimit, requireXhrOnWrites, securityHeaders } from './middleware.ts';
import { registerApiProxy } from './proxy.ts';
import { registerDirectoryCache } from './serving/directoryRoutes.ts';
import { registerReport } from './reports/reportRoute.ts';
import { registerTicketList } from './serving/ticketList.ts';
import { registerTicketReads } from './serving/ticketReads.ts';
import { registerTicketWrites } from './serving/ticketWrites.ts';
import { registerTicketsCsv } from './export/ticketsCsvRoute.ts';
import type { BulkJobsOptions } from './bulk/bulkJobs.ts';
import { registerBulkRoutes } from './bulk/routes.ts';
import { registerSavedViewRoutes } from './views/routes.ts';
import { createGatewayStore } from './store/createGatewayStore.ts';
import type { GatewayStore, StoreOptions } from './store/gatewayStore.ts';
import type { SyncOptions } from './sync/syncManager.ts';
import { registerWebhookRoutes } from './webhooks/routes.ts';
import { createSessionSealer } from './sessionCookie.ts';
import { DEFAULT_SESSION_IDLE_MINUTES, sessionGuard } from './sessionGuard.ts';
import { createSessionRevocations } from './sessionRevocations.ts';
import { registerStaticFiles } from './staticFiles.ts';
import { UpstreamTimeoutError, UpstreamUnreachableError } from './upstreamCall.ts';
import type { Upstream } from './upstream.ts';
import { createUpstreamExtensions } from './upstreamExtensions.ts';

export type GatewayOptions = {
  upstream: Upstream;
  /** At least 32 characters; see sessionSecret.ts. */
  sessionSecret: string;
  /** The built SPA (vite's outDir). */
  distDir: string;
  logger: Logger;
  /** Pass `/join/*` and `/room/*` (the session links' pages) to the upstream: the embedded API in this process. */
  linkPages?: boolean;
  /** Epoch milliseconds; injectable so tests can expire sessions. */
  now?: () => number;
  /** See GatewayDeps; default DEFAULT_UPSTREAM_TIMEOUT_MS. */
  upstreamTimeoutMs?: number;
  /** SESSION_IDLE_MINUTES: a session not used for this long is refused; default 480 (8 h). */
  sessionIdleMinutes?: number;
  /** TRUST_PROXY: proxies in front whose X-Forwarded-For names the browser; default none. */
  trustedProxies?: readonly string[];
  /** Who publishes to `GET /events`, and who closes it at shutdown; default one over a memory feed. */
  liveHub?: LiveHub;
  live?: LiveRouteOptions;
  /** The ticket store: lists, filters and counts from it, every upstream call within each user's budget. */
  store?: StoreOptions & { sync?: SyncOptions };
  /** Bulk jobs (bulk/bulkJobs.ts): tests inject how a job waits for its budget. */
  bulk?: BulkJobsOptions;
};

export type Gateway = {
  app: Hono<GatewayEnv>;
  /** Present when `options.store` was given. */
  store?: GatewayStore;
};

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;

/** The 504's message; the SPA has its own sentence for a 504, in the user's language. */
export const UPSTREAM_TIMEOUT_MESSAGE = 'Apizee is not answering, try again in a moment';

export function createGateway(options: GatewayOptions): Gateway {
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const deps: GatewayDeps = {
    upstream: options.upstream,
    sealer: createSessionSealer(options.sessionSecret),
    logger: options.logger,
    now: options.now ?? Date.now,
    extensions: createUpstreamExtensions(options.upstream, options.logger, upstreamTimeoutMs),
    upstreamTimeoutMs,
    trustedProxies: new Set(options.trustedProxies),
    sessionIdleMs: (options.sessionIdleMinutes ?? DEFAULT_SESSION_IDLE_MINUTES) * 60_000,
  };
  const app = new Hono<GatewayEnv>();

  app.use(requestLog<GatewayEnv>(options.logger));
  app.use(securityHeaders());
  for (const paths of ['/auth/*', '/api/*', '/gateway/*']) {
    app.use(paths, requireXhrOnWrites());
    app.use(paths, bodySizeLimit());
  }

  const liveHub = options.liveHub ?? createLiveHub({ feed: createMemoryFeed(), logger: options.logger });
  const store = options.store && createGatewayStore(deps, { ...options.store, live: liveHub });
  if (store) deps.revocations = createSessionRevocations(store.db, deps.now);
  app.use(sessionGuard(deps));
  registerAuthRoutes(app, deps);
  if (store) {
    registerTicketList(app, deps, store);
    registerReport(app, deps, store);
    registerTicketReads(app, deps, store);
    registerTicketWrites(app, deps, store);
    registerDirectoryCache(app, deps);
    registerSavedViewRoutes(app, deps, store);
    registerTicketsCsv(app, deps, store);
    registerBulkRoutes(app, deps, store, options.bulk);
    registerWebhookRoutes(app, deps, store, options.store?.webhookSecret);
  }
  registerApiProxy(app, deps);
  registerLiveRoutes(app, deps, liveHub, {
    ...options.live,
    onConnect: (session) => {
      store?.sync.connect(session);
      options.live?.onConnect?.(session);
    },
    onDisconnect: (session) => {
      store?.sync.disconnect(session);
      options.live?.onDisconnect?.(session);
    },
  });
  if (options.linkPages) registerLinkPages(app, deps);
  app.all('/auth/*', (c) => errorResponse(c, 404, 'Not found'));
  app.all('/api/*', (c) => errorResponse(c, 404, 'Not found'));
  app.all('/gateway/*', (c) => errorResponse(c, 404, 'Not found'));
  registerStaticFiles(app, options.distDir);
  app.all('*', (c) => c.text('Method not allowed', 405, { Allow: 'GET, HEAD' }));

  app.onError((error, c) => {
    if (error instanceof UpstreamTimeoutError) {
      options.logger.warn('upstream timeout', {
        upstream: error.upstream,
        path: error.path,
        phase: error.phase,
        timeoutMs: error.timeoutMs,
      });
      return errorResponse(c, 504, UPSTREAM_TIMEOUT_MESSAGE);
    }
    if (error instanceof UpstreamUnreachableError) {
      options.logger.warn('upstream unreachable', {
        upstream: error.upstream,
        path: error.path,
        error: error.message,
      });
      return errorResponse(c, 502, 'The Apizee API cannot be reached, try again in a moment');
    }
    options.logger.error('unhandled error', { method: c.req.method, path: c.req.path, error });
    return errorResponse(c, 500, 'Internal server error');
  });
  return { app, ...(store && { store }) };
}
