/** The whole process from its environment: upstream (embedded or remote), session secret, gateway. */
import { createApizeeApp } from '../apizee/app.ts';
import type { Logger } from '../runtime/log.ts';
import { createGateway } from './app.ts';
import { createLiveHub } from './live/hub.ts';
import { createMemoryFeed } from './live/memoryFeed.ts';
import { embeddedApiSettings, gatewayRateLimit, isEmbedded, type ServerEnv } from '../runtime/env.ts';
import type { WebhookReceiver } from '../apizee/webhooks/notifier.ts';
import { createPostgresFeed } from './live/postgresFeed.ts';
import { openStore, storeLocation } from './store/database.ts';
import { applyWebhook } from './webhooks/applyWebhook.ts';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { loadSessionSecret } from './sessionSecret.ts';
import { embeddedUpstream, remoteUpstream, type Upstream } from './upstream.ts';

export type GatewayServer = RunningServer & { upstream: string };

export async function startGatewayServer(env: ServerEnv, logger: Logger): Promise<GatewayServer> {
  let upstream: Upstream;
  /** Where the session links of the in-process API point when APIZEE_PUBLIC_URL is unset. */
  let gatewayUrl: string | undefined;
  let closeUpstream = () => {};
  /** The in-process API's webhooks go straight to the gateway's store once it exists. */
  let deliverWebhook: WebhookReceiver = () => Promise.resolve();
  if (isEmbedded(env)) {
    // Seeds the demo data (and logs the demo accounts) when DATA_DIR holds no database yet.
    const apizee = createApizeeApp({
      dataDir: env.DATA_DIR,
      logger,
      seed: true,
      ...embeddedApiSettings(env, 'in-process'),
      // To the gateway in this process, and to APIZEE_WEBHOOK_URL over HTTP when set.
      webhooks: {
        url: env.APIZEE_WEBHOOK_URL,
        headers: env.APIZEE_WEBHOOK_HEADERS,
        receiver: (delivery) => deliverWebhook(delivery),
      },
      // The API sees the gateway's requests, not the browser's: links name the gateway (see below).
      publicUrl: () => env.APIZEE_PUBLIC_URL ?? gatewayUrl,
    });
    // The gateway knows the embedded API's extensions: it need not ask.
    upstream = embeddedUpstream((request) => apizee.app.fetch(request), apizee.extensions);
    closeUpstream = () => apizee.close();
  } else {
    upstream = remoteUpstream(env.APIZEE_URL);
  }

  const database = await openStore(storeLocation(env.DATA_DIR, env.DATABASE_URL));
  const feed = database.pool ? await createPostgresFeed(database.pool, logger) : createMemoryFeed();
  const liveHub = createLiveHub({ feed, logger });
  const gateway = createGateway({
    store: {
      database,
      rateLimit: gatewayRateLimit(env),
      webhookSecret: env.WEBHOOK_SECRET,
      webhooksWired: isEmbedded(env) || Boolean(env.WEBHOOK_SECRET),
    },
    liveHub,
    upstream,
    sessionSecret: loadSessionSecret(env.DATA_DIR, env.SESSION_SECRET),
    distDir: env.DIST_DIR,
    logger,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    trustedProxies: env.TRUST_PROXY,
    // The session links of the in-process API lead to its pages through the gateway.
    linkPages: isEmbedded(env),
  });
  const store = gateway.store;
  if (store) {
    deliverWebhook = async ({ payload, enterpriseId }) => {
      await applyWebhook(store, payload, enterpriseId, Date.now());
    };
  }
  let server: RunningServer;
  try {
    server = await listen(gateway.app.fetch, env.PORT, env.HOST);
    gatewayUrl = server.url.replace('127.0.0.1', 'localhost');
  } catch (error) {
    closeUpstream();
    await store?.close();
    await feed.close?.();
    throw error;
  }
  return {
    ...server,
    upstream: upstream.name,
    close: async (graceMs) => {
      // Open event streams would otherwise hold the graceful close for its whole grace period.
      liveHub.close();
      await server.close(graceMs);
      closeUpstream();
      await feed.close?.();
      await store?.close();
    },
  };
}
