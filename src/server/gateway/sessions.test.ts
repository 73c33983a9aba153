/**
 * Sessions at the gateway (issue 14, item 7): sign-out and "sign out everywhere" revoke through the
 * store's revocation list (SQLite and PostgreSQL, and across two replicas), the idle timeout slides
 * with use, and an open live stream of a revoked session says so and ends.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApizeeApp, type ApizeeApp } from '../apizee/app.ts';
import { seedDatabase } from '../apizee/seed/seed.ts';
import { createLogger } from '../runtime/log.ts';
import type { GatewayOptions } from './app.ts';
import { LAST_USE_REFRESH_MS } from './sessionGuard.ts';
import { REVOCATION_CACHE_MS } from './sessionRevocations.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { openStore, type StoreDatabase } from './store/database.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres, testPostgresUrl } from './store/testing/stores.ts';
import { createTestGateway, setSessionCookie, temporaryDir, XHR, type TestGateway } from './testSupport.ts';
import { embeddedUpstream, type Upstream } from './upstream.ts';

afterAll(() => stopTestPostgres());

const PASSWORD = 'Demo-pass-1';
const MINUTE = 60_000;

type Api = { apizee: ApizeeApp; close(): void };

function startApizee(): Api {
  const temp = temporaryDir('sessions-apizee-');
  const logger = createLogger({ silent: true });
  const apizee = createApizeeApp({ dataDir: temp.dir, logger, extensions: true });
  seedDatabase(apizee.db, { dataDir: temp.dir, tickets: 20, logger });
  return {
    apizee,
    close: () => {
      apizee.close();
      temp.remove();
    },
  };
}

function gatewayOver(
  upstream: Upstream,
  database: StoreDatabase,
  options: Pick<GatewayOptions, 'sessionIdleMinutes' | 'upstreamTimeoutMs'> = {},
): TestGateway {
  return createTestGateway(upstream, undefined, {
    store: { database, rateLimit: 10_000, sync: { coalesceMs: 5, laterMs: 5 } },
    live: { heartbeatMs: 60_000, revocationCheckMs: 50 },
    ...options,
  });
}

async function signIn(gateway: TestGateway, username: string): Promise<string> {
  const response = await gateway.app.request('/auth/login', {
    method: 'POST',
    headers: { ...XHR, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return `${SESSION_COOKIE}=${setSessionCookie(response)!.value}`;
}

const get = (gateway: TestGateway, path: string, cookie: string) =>
  gateway.app.request(path, { headers: { cookie } });
const post = (gateway: TestGateway, path: string, cookie: string) =>
  gateway.app.request(path, { method: 'POST', headers: { ...XHR, cookie } });

/** An open `GET /events`, read as text as it comes. */
async function openStream(gateway: TestGateway, cookie: string) {
  const abort = new AbortController();
  const response = await gateway.app.request('/events', { headers: { cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let ended = false;
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) break;
      text += chunk.value;
    }
    ended = true;
  })();
  const until = async (what: () => boolean, label: string) => {
    const deadline = Date.now() + 5_000;
    while (!what()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}: ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await until(() => text.includes('"type":"ready"'), 'ready');
  return {
    text: () => text,
    ended: () => ended,
    until,
    close: async () => {
      abort.abort();
      await reader.cancel().catch(() => {});
      await reading;
    },
  };
}

describe.each(STORE_KINDS)('sessions on a %s store', (kind) => {
  let api: Api;
  let database: StoreDatabase;
  let gateway: TestGateway;
  beforeEach(async () => {
    api = startApizee();
    database = await openTestStore(kind);
    gateway = gatewayOver(
      embeddedUpstream((request) => api.apizee.app.fetch(request), api.apizee.extensions),
      database,
    );
  });
  afterEach(async () => {
    await gateway.store!.close();
    api.close();
  });

  it('signs out: the replayed cookie is refused at the gateway, and the list row goes once expired', async () => {
    const cookie = await signIn(gateway, 'agent1');
    const response = await post(gateway, '/auth/logout', cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ upstreamRevoked: true });
    expect(setSessionCookie(response)?.value).toBe('');
    const rows = await database.db.selectFrom('store_revoked_sessions').selectAll().execute();
    expect(rows).toHaveLength(1);

    const replayed = await get(gateway, '/auth/session', cookie);
    expect(replayed.status).toBe(401);
    expect(setSessionCookie(replayed)?.value).toBe('');

    // A day later (the token's lifetime) the next revocation purges the row of the expired session.
    gateway.advance(24 * 60 * MINUTE + 1);
    await post(gateway, '/auth/logout', await signIn(gateway, 'agent2'));
    const left = await database.db.selectFrom('store_revoked_sessions').select('user_id').execute();
    expect(left).toHaveLength(1);
    expect(left[0]!.user_id).not.toBe(rows[0]!.user_id);
  });

  it('signs out everywhere: every session of the user is refused, other users keep theirs', async () => {
    const here = await signIn(gateway, 'agent1');
    const there = await signIn(gateway, 'agent1');
    const someoneElse = await signIn(gateway, 'agent2');
    const stream = await openStream(gateway, there);

    const response = await post(gateway, '/auth/logout-everywhere', here);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ upstreamRevoked: true });
    expect(setSessionCookie(response)?.value).toBe('');

    // The other browser's open stream says the session ended, then ends.
    await stream.until(() => stream.text().includes('"type":"session.ended"'), 'session.ended');
    await stream.until(stream.ended, 'the end of the stream');

    for (const path of ['/auth/session', '/api/v3/tickets', '/events']) {
      const refused = await get(gateway, path, there);
      expect(refused.status, path).toBe(401);
      expect(setSessionCookie(refused)?.value, path).toBe('');
    }
    expect((await get(gateway, '/auth/session', someoneElse)).status).toBe(200);

    // Signing in again afterwards gives a session that works.
    gateway.advance(1);
    const again = await signIn(gateway, 'agent1');
    expect((await get(gateway, '/auth/session', again)).status).toBe(200);
  });

  it('refuses a session idle for SESSION_IDLE_MINUTES; each use slides it, re-sealed once a minute', async () => {
    const first = await signIn(gateway, 'agent1');
    // Within a minute of the last re-seal the cookie is left as it is.
    gateway.advance(LAST_USE_REFRESH_MS / 2);
    expect(setSessionCookie(await get(gateway, '/auth/session', first))).toBeUndefined();

    let cookie = first;
    for (let step = 0; step < 3; step += 1) {
      gateway.advance(200 * MINUTE);
      const used = await get(gateway, '/auth/session', cookie);
      expect(used.status, `step ${step}`).toBe(200);
      cookie = `${SESSION_COOKIE}=${setSessionCookie(used)!.value}`;
    }
    // 600 minutes of use, more than the idle timeout; the first cookie, unused since, is idle.
    expect((await get(gateway, '/auth/session', first)).status).toBe(401);

    // An open live stream is no use: it neither refreshes the cookie nor keeps the session alive.
    gateway.advance(479 * MINUTE);
    const stream = await get(gateway, '/events', cookie);
    expect(stream.status).toBe(200);
    expect(setSessionCookie(stream)).toBeUndefined();
    await stream.body?.cancel();
    gateway.advance(MINUTE);
    const idle = await get(gateway, '/api/v3/tickets', cookie);
    expect(idle.status).toBe(401);
    expect(setSessionCookie(idle)?.value).toBe('');
  });
});

describe('two replicas on one PostgreSQL store', () => {
  it("refuse a session revoked on the other within the cache's few seconds", async () => {
    const api = startApizee();
    const url = await testPostgresUrl();
    const upstream = embeddedUpstream((request) => api.apizee.app.fetch(request), api.apizee.extensions);
    const a = gatewayOver(upstream, await openStore({ databaseUrl: url }));
    const b = gatewayOver(upstream, await openStore({ databaseUrl: url }));
    try {
      const signedOutOnA = await signIn(a, 'agent1');
      const everywhereOnA = await signIn(a, 'agent2');
      const agent2OnB = await signIn(b, 'agent2');
      // B has just checked both: its cached answer is "not revoked".
      expect((await get(b, '/auth/session', signedOutOnA)).status).toBe(200);
      expect((await get(b, '/auth/session', agent2OnB)).status).toBe(200);

      await post(a, '/auth/logout', signedOutOnA);
      // Each test gateway has its own clock, started when it was made: A's a little behind B's.
      a.advance(1_000);
      await post(a, '/auth/logout-everywhere', everywhereOnA);
      b.advance(REVOCATION_CACHE_MS);
      expect((await get(b, '/auth/session', signedOutOnA)).status).toBe(401);
      expect((await get(b, '/api/v3/tickets', agent2OnB)).status).toBe(401);
    } finally {
      await a.store!.close();
      await b.store!.close();
      api.close();
    }
  }, 30_000);
});
