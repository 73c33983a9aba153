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
import type { BulkJobsOptions } from './bulk/bulkJobs.ts';
import type { GatewayOptions } from './app.ts';
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
  /** Moves the clock of the gateway (its budget too) and of the embedded Apizee (its rate limit). */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function createStoreStack(
  options: {
    kind?: StoreKind;
    databaseUrl?: string;
    extensions?: ExtensionsOption;
    tickets?: number;
    /** Upstream calls a minute per user, for the embedded Apizee and the gateway's budget (default: no limit to speak of). */
    rateLimit?: number;
    /** Bulk jobs' options; their `sleep` may call `advance` to wait on the test's clock. */
    bulk?: (stack: Pick<StoreStack, 'advance'>) => BulkJobsOptions;
    /** The instant both clocks start at (the seed's "now"); default the real time. */
    startAt?: number;
  } = {},
): Promise<StoreStack> {
  const temp = temporaryDir('store-stack-');
  const logger = createLogger({ silent: true });
  let deliver: (delivery: WebhookDelivery) => Promise<void> = () => Promise.resolve();
  const offset = options.startAt === undefined ? 0 : options.startAt - Date.now();
  let advanced = offset;
  const apizee = createApizeeApp({
    now: () => Date.now() + advanced,
    ...(options.rateLimit && { rateLimit: options.rateLimit }),
    dataDir: temp.dir,
    logger,
    extensions: options.extensions ?? true,
    webhooks: { receiver: (delivery) => deliver(delivery) },
  });
  seedDatabase(apizee.db, {
    dataDir: temp.dir,
    tickets: options.tickets ?? 60,
    logger,
    now: Date.now() + advanced,
  });
  const database: StoreDatabase = options.databaseUrl
    ? await openStore({ databaseUrl: options.databaseUrl })
    : await openTestStore(options.kind ?? 'sqlite');
  let down = false;
  const upstream = embeddedUpstream((request) => {
    if (down) return Promise.reject(new TypeError('fetch failed: connect ECONNREFUSED'));
    return apizee.app.fetch(request);
  }, apizee.extensions);
  // The budget's clock moves with `advance` and a millisecond at every reading: on a clock that stood
  // still, a call and upstream's answer to it would share a millisecond and the call count twice.
  const budgetStart = Date.now();
  let ticks = 0;
  const storeOptions: NonNullable<GatewayOptions['store']> & { budgetNow: () => number } = {
    database,
    rateLimit: options.rateLimit ?? 10_000,
    webhooksWired: true,
    sync: { coalesceMs: 5, laterMs: 5 },
    budgetNow: () => budgetStart + advanced + (ticks += 1),
  };
  const gateway = createTestGateway(upstream, undefined, {
    store: storeOptions,
    live: { heartbeatMs: 60_000 },
    ...(options.bulk && { bulk: options.bulk({ advance: (ms) => advance(ms) }) }),
  });
  gateway.advance(offset);
  const store = gateway.store!;
  deliver = async ({ payload, enterpriseId }) => {
    await applyWebhook(store, payload, enterpriseId, Date.now());
  };
  const streams = new Set<{ close(): Promise<void> }>();
  function advance(ms: number) {
    advanced += ms;
    gateway.advance(ms);
  }

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
    advance,
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
