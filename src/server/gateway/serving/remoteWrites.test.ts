/**
 * Writes through the store to an upstream over real HTTP (as against the real Apizee): a bodiless
 * answer (204) comes from fetch, not from the server's own Response class, and must be relayed as
 * it is, not taken for a budget refusal (it once gave a 500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../runtime/listen.ts';
import { openTestStore } from '../store/testing/stores.ts';
import { SESSION_COOKIE } from '../sessionCookie.ts';
import {
  createTestApizee,
  createTestGateway,
  setSessionCookie,
  XHR,
  type TestApizee,
} from '../testSupport.ts';
import { remoteUpstream } from '../upstream.ts';

describe('writes to a remote upstream through the store', () => {
  let apizee: TestApizee;
  let upstreamServer: RunningServer;
  let gatewayServer: RunningServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    apizee = createTestApizee();
    upstreamServer = await listen(apizee.apizee.app.fetch, 0, '127.0.0.1');
    const database = await openTestStore('sqlite');
    const gateway = createTestGateway(remoteUpstream(upstreamServer.url), undefined, {
      store: { database, rateLimit: 100, webhookSecret: 'remote-writes-secret-123' },
    });
    gatewayServer = await listen(gateway.app.fetch, 0, '127.0.0.1');
    close = () => gateway.store!.close();
  });
  afterAll(async () => {
    await gatewayServer.close(100);
    await upstreamServer.close(100);
    await close();
    apizee.close();
  });

  it('relays upstream’s 204 for a change and a deletion', async () => {
    const login = await fetch(`${gatewayServer.url}/auth/login`, {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo-pass-1' }),
    });
    expect(login.status).toBe(200);
    const headers = {
      ...XHR,
      'content-type': 'application/json',
      cookie: `${SESSION_COOKIE}=${setSessionCookie(login)?.value ?? ''}`,
    };
    const created = await fetch(`${gatewayServer.url}/api/v3/tickets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ phone: '+33612345678', subject: 'Remote write' }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: number };
    const changed = await fetch(`${gatewayServer.url}/api/v3/tickets/${id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ state: 'open' }),
    });
    expect(changed.status).toBe(204);
    const read = await fetch(`${gatewayServer.url}/api/v3/tickets/${id}`, { headers });
    expect(((await read.json()) as { state: string }).state).toBe('open');
    const deleted = await fetch(`${gatewayServer.url}/api/v3/tickets/${id}`, { method: 'DELETE', headers });
    expect(deleted.status).toBe(204);
  });
});
