/**
 * Sign-out when Apizee cannot end the token (issue 14, item 7): over a real HTTP upstream that answers
 * 5xx, never answers, or is gone, the session still ends at the gateway (revocation list) and the
 * answer says that Apizee did not end it. Replayed later, with upstream back, the cookie never reaches it.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres } from './store/testing/stores.ts';
import {
  createTestApizee,
  createTestGateway,
  setSessionCookie,
  XHR,
  type TestApizee,
  type TestGateway,
} from './testSupport.ts';
import { remoteUpstream } from './upstream.ts';

afterAll(() => stopTestPostgres());

type Mode = 'up' | 'revoke fails' | 'revoke hangs';

describe.each(STORE_KINDS)('sign-out with Apizee unreachable (%s store)', (kind) => {
  let api: TestApizee;
  let mode: Mode;
  let calls: string[];
  let server: RunningServer;
  let gateway: TestGateway;

  const upstreamFetch = (request: Request): Response | Promise<Response> => {
    const path = new URL(request.url).pathname;
    calls.push(path);
    if (path.endsWith('/token/revoke') && mode === 'revoke fails') {
      return new Response('{"code":503,"message":"maintenance"}', { status: 503 });
    }
    if (path.endsWith('/token/revoke') && mode === 'revoke hangs') return new Promise<Response>(() => {});
    return api.apizee.app.fetch(request);
  };

  beforeEach(async () => {
    api = createTestApizee();
    mode = 'up';
    calls = [];
    server = await listen(upstreamFetch, 0, '127.0.0.1');
    gateway = createTestGateway(remoteUpstream(server.url), undefined, {
      store: { database: await openTestStore(kind), rateLimit: 10_000 },
      // Short, so the revocation that never answers times out quickly; long enough for a sign-in's bcrypt.
      upstreamTimeoutMs: 2_000,
    });
  });
  afterEach(async () => {
    await server.close(50);
    await gateway.store!.close();
    api.close();
  });

  async function signIn(): Promise<string> {
    const response = await gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: 'Demo-pass-1' }),
    });
    expect(response.status).toBe(200);
    return `${SESSION_COOKIE}=${setSessionCookie(response)!.value}`;
  }

  async function signOutThenReplay(
    cookie: string,
    outage: () => Promise<void>,
    restore: () => Promise<void>,
  ) {
    await outage();
    const response = await gateway.app.request('/auth/logout', {
      method: 'POST',
      headers: { ...XHR, cookie },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ upstreamRevoked: false });
    expect(setSessionCookie(response)?.value).toBe('');
    await restore();
    calls = [];
    // The token is still valid at Apizee, but the gateway no longer lets the cookie use it.
    const replayed = await gateway.app.request('/api/v3/tickets', { headers: { cookie } });
    expect(replayed.status).toBe(401);
    expect(calls).toEqual([]);
  }

  it('says so when the revocation answers 5xx', async () => {
    const cookie = await signIn();
    await signOutThenReplay(
      cookie,
      async () => void (mode = 'revoke fails'),
      async () => void (mode = 'up'),
    );
  });

  it('says so when the revocation times out', async () => {
    const cookie = await signIn();
    await signOutThenReplay(
      cookie,
      async () => void (mode = 'revoke hangs'),
      async () => void (mode = 'up'),
    );
  });

  it('says so when upstream is gone (connection refused)', async () => {
    const cookie = await signIn();
    const port = server.port;
    await signOutThenReplay(
      cookie,
      () => server.close(50),
      async () => {
        server = await listen(upstreamFetch, port, '127.0.0.1');
      },
    );
  });

  it('answers upstreamRevoked: true when Apizee ended the token', async () => {
    const cookie = await signIn();
    const response = await gateway.app.request('/auth/logout', {
      method: 'POST',
      headers: { ...XHR, cookie },
    });
    expect(await response.json()).toEqual({ upstreamRevoked: true });
    expect(calls.at(-1)).toBe('/api/v3/token/revoke');
  });
});
