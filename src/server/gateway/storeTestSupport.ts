/**
 * A whole stack for tests of the store: the embedded Apizee (seeded, webhooks to the gateway in
 * process) and a gateway with its store (SQLite or PostgreSQL), signed-in users and live streams.
 */
import { createApizeeApp, type ApizeeApp } from '../apizee/app.ts';
import { seedDatabase } from '../apizee/seed/seed.ts';
import type { WebhookDelivery } from '../apizee/webhooks/delivery.ts';
import { createLogger } from '../runtime/log.ts';
import type { ExtensionsOption } from '../apizee/extensions/settings.ts';
import { openStore, type StoreDatabase } from './store/database.ts';
import { openTestStore, type StoreKind } from './store/testing/stores.ts';
import { createTestGateway, setSessionCookie, temporaryDir, XHR, type TestGateway } from './testSupport.ts';
import { embeddedUpstream } from './upstream.ts';
import { applyWebhook } from './webhooks/applyWebhook.ts';
import type { GatewayStore } from './store/gatewayStore.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';

export interface StoreStack {
  apizee: ApizeeApp;
  gateway: TestGateway;
  store: GatewayStore;
  /** Signs in (password `Demo-pass-1`) and returns the Cookie header. */
  signIn(username: string): Promise<string>;
  /** Opens the user's live stream (their sync starts); `close` ends it. */
  connect(cookie: string): Promise<{ close(): Promise<void> }>;
  /** Makes upstream unreachable (every call fails to connect) or reachable again. */
  setUpstreamDown(down: boolean): void;
  /** Waits until webhooks are delivered and no sync pass is running. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function createStoreStack(
  options: { kind?: StoreKind; databaseUrl?: string; extensions?: ExtensionsOption; tickets?: number } = {},
): Promise<StoreStack> {
  const temp = temporaryDir('store-stack-');
  const logger = createLogger({ silent: true });
  let deliver: (delivery: WebhookDelivery) => Promise<void> = () => Promise.resolve();
  const apizee = createApizeeApp({
    dataDir: temp.dir,
    logger,
    extensions: options.extensions ?? true,
    webhooks: { receiver: (delivery) => deliver(delivery) },
  });
  seedDatabase(apizee.db, { dataDir: temp.dir, tickets: options.tickets ?? 60, logger });
  const database: StoreDatabase = options.databaseUrl
    ? await openStore({ databaseUrl: options.databaseUrl })
    : await openTestStore(options.kind ?? 'sqlite');
  let down = false;
  const upstream = embeddedUpstream((request) => {
    if (down) return Promise.reject(new TypeError('fetch failed: connect ECONNREFUSED'));
    return apizee.app.fetch(request);
  }, apizee.extensions);
  const gateway = createTestGateway(upstream, undefined, {
    store: { database, rateLimit: 10_000, webhooksWired: true, sync: { coalesceMs: 5, laterMs: 5 } },
    live: { heartbeatMs: 60_000 },
  });
  const store = gateway.store!;
  deliver = async ({ payload, enterpriseId }) => {
    await applyWebhook(store, payload, enterpriseId, Date.now());
  };
  const streams = new Set<{ close(): Promise<void> }>();

  const settle = async () => {
    for (let round = 0; round < 5; round += 1) {
      await apizee.webhooks.idle();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await store.sync.idle();
    }
  };

  return {
    apizee,
    gateway,
    store,
    async signIn(username) {
      const response = await gateway.app.request('/auth/login', {
        method: 'POST',
        headers: { ...XHR, 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'Demo-pass-1' }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
      return `${SESSION_COOKIE}=${setSessionCookie(response)?.value ?? ''}`;
    },
    async connect(cookie) {
      const abort = new AbortController();
      const response = await gateway.app.request('/events', { headers: { cookie }, signal: abort.signal });
      if (response.status !== 200 || !response.body) throw new Error(`/events: ${response.status}`);
      const reader = response.body.getReader();
      // Reads the stream so the server is never held back by an unread body.
      void (async () => {
        try {
          for (;;) if ((await reader.read()).done) return;
        } catch {
          // cancelled
        }
      })();
      const stream = {
        close: async () => {
          streams.delete(stream);
          abort.abort();
          await reader.cancel().catch(() => {});
        },
      };
      streams.add(stream);
      await settle();
      return stream;
    },
    settle,
    setUpstreamDown: (value) => {
      down = value;
    },
    async close() {
      for (const stream of [...streams]) await stream.close();
      await store.close();
      apizee.close();
      temp.remove();
    },
  };
}
