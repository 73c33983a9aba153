/**
 * Two gateway replicas on one PostgreSQL store: a webhook received by gateway A reaches a browser
 * streaming from gateway B (LISTEN/NOTIFY), and both serve one store.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApizeeApp } from '../apizee/app.ts';
import { seedDatabase } from '../apizee/seed/seed.ts';
import { createLogger } from '../runtime/log.ts';
import { createLiveHub } from './live/hub.ts';
import { createPostgresFeed } from './live/postgresFeed.ts';
import { openStore } from './store/database.ts';
import { stopTestPostgres, testPostgresUrl } from './store/testing/stores.ts';
import { createTestGateway, setSessionCookie, temporaryDir, XHR } from './testSupport.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { embeddedUpstream } from './upstream.ts';
import { WEBHOOK_PATH } from './webhooks/routes.ts';

afterAll(() => stopTestPostgres());

const SECRET = 'replicas-webhook-secret-123';

describe('two gateways sharing one PostgreSQL store', () => {
  it("fans a webhook received by A out to B's live stream", async () => {
    const logger = createLogger({ silent: true });
    const temp = temporaryDir('replicas-');
    const apizee = createApizeeApp({ dataDir: temp.dir, logger, extensions: true });
    seedDatabase(apizee.db, { dataDir: temp.dir, tickets: 30, logger });
    const url = await testPostgresUrl();
    const replicas = [];
    for (let index = 0; index < 2; index += 1) {
      const database = await openStore({ databaseUrl: url });
      const feed = await createPostgresFeed(database.pool!, logger);
      const gateway = createTestGateway(
        embeddedUpstream((request) => apizee.app.fetch(request), apizee.extensions),
        undefined,
        {
          store: { database, rateLimit: 1000, webhookSecret: SECRET, sync: { coalesceMs: 5 } },
          liveHub: createLiveHub({ feed, logger }),
        },
      );
      replicas.push({ gateway, feed });
    }
    const [a, b] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    try {
      const login = await b.gateway.app.request('/auth/login', {
        method: 'POST',
        headers: { ...XHR, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'agent1', password: 'Demo-pass-1' }),
      });
      const cookie = `${SESSION_COOKIE}=${setSessionCookie(login)?.value ?? ''}`;
      const abort = new AbortController();
      const stream = await b.gateway.app.request('/events', { headers: { cookie }, signal: abort.signal });
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      const until = async (text: string) => {
        const deadline = Date.now() + 10_000;
        while (!received.includes(text)) {
          if (Date.now() > deadline) throw new Error(`not received: ${text}\n${received}`);
          const chunk = await reader.read();
          if (chunk.done) throw new Error('stream ended');
          received += decoder.decode(chunk.value, { stream: true });
        }
      };
      await until('"done":true');
      await b.gateway.store!.sync.idle();
      const list = await b.gateway.app.request('/api/v3/tickets?service=all', { headers: { cookie } });
      const ticket = (
        (await list.json()) as {
          data: { id: number; state: string; agent: { id: number } | null; group: { id: number } | null }[];
        }
      ).data[0]!;
      const state = ticket.state === 'done' ? 'open' : 'done';

      const delivery = await a.gateway.app.request(WEBHOOK_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-webhook-secret': SECRET,
          'x-apizee-enterprise': '1',
        },
        body: JSON.stringify({
          event: 'update',
          time: Math.floor(Date.now() / 1000),
          object: 'ticket',
          objectId: ticket.id,
          props: {
            state,
            agent: ticket.agent?.id ?? null,
            group: ticket.group?.id ?? null,
            modified: new Date().toISOString(),
          },
        }),
      });
      expect(await delivery.json()).toEqual({ status: 'applied' });
      await until(`"id":${ticket.id},"state":"${state}"`);
      abort.abort();
      await reader.cancel().catch(() => {});
    } finally {
      for (const replica of replicas) {
        await replica.feed.close?.();
        await replica.gateway.store!.close();
      }
      apizee.close();
      temp.remove();
    }
  }, 60_000);
});
