/**
 * Upstream timeouts over real HTTP: an upstream that never answers, one that stalls mid-body and one
 * that trickles a body slower than the timeout in total but never idle for as long.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { UPSTREAM_TIMEOUT_MESSAGE } from './app.ts';
import { createTestGateway, XHR, type TestGateway } from './testSupport.ts';
import { embeddedUpstream, remoteUpstream } from './upstream.ts';

const TIMEOUT_MS = 300;

/** Holds every response it gets open, so the test can end them. */
function fakeUpstream() {
  const held: ServerResponse[] = [];
  const server: Server = createServer((request, response) => {
    held.push(response);
    const path = request.url ?? '';
    if (path.startsWith('/api/v3/tickets')) return; // never answers
    if (path === '/api/v3/token') return; // never answers either
    response.writeHead(200, { 'content-type': 'video/mp4' });
    response.write(Buffer.alloc(1024, 1));
    if (path === '/api/v3/medias/1/download') return; // stalls after the first chunk
    // medias/2: ten chunks, one every TIMEOUT_MS / 3, so 3 timeouts long in total.
    let sent = 1;
    const timer = setInterval(() => {
      response.write(Buffer.alloc(1024, 2));
      sent += 1;
      if (sent === 10) {
        clearInterval(timer);
        response.end();
      }
    }, TIMEOUT_MS / 3);
  });
  return {
    server,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => {
      for (const response of held) response.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBytes(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
  }
}

describe('upstream timeouts (remote upstream)', () => {
  const upstream = fakeUpstream();
  let gateway: TestGateway;
  let server: RunningServer;
  let cookie: string;

  beforeAll(async () => {
    gateway = createTestGateway(remoteUpstream(await upstream.start()), undefined, {
      upstreamTimeoutMs: TIMEOUT_MS,
    });
    cookie = gateway.sessionCookie('tok');
    server = await listen(gateway.app.fetch, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.close(100);
    await upstream.stop();
  });

  it('answers 504 "Apizee is not answering" when upstream sends no headers in time', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/api/v3/tickets`, { headers: { cookie } });
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ code: 504, message: UPSTREAM_TIMEOUT_MESSAGE });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 10);
    expect(gateway.logs.join('\n')).toContain('upstream timeout');
  });

  it('times out a write the same way, and calls upstream once (no retry)', async () => {
    const before = upstreamRequests(upstream.server);
    const response = await fetch(`${server.url}/api/v3/tickets/1`, {
      method: 'PUT',
      headers: { cookie, ...XHR, 'content-type': 'application/json' },
      body: '{"subject":"x"}',
    });
    expect(response.status).toBe(504);
    expect(upstreamRequests(upstream.server) - before).toBe(1);
  });

  it('times out the sign-in call with the same 504', async () => {
    const response = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: 'x' }),
    });
    expect(response.status).toBe(504);
    expect(((await response.json()) as { message: string }).message).toBe(UPSTREAM_TIMEOUT_MESSAGE);
  });

  it('fails a download that stalls mid-body instead of hanging', async () => {
    const response = await fetch(`${server.url}/api/v3/medias/1/download`, { headers: { cookie } });
    expect(response.status).toBe(200);
    await expect(readBytes(response)).rejects.toThrow();
    expect(gateway.logs.join('\n')).toContain('upstream stalled mid-body');
  });

  it('keeps a slow download going while bytes flow, longer than the timeout in total', async () => {
    const started = Date.now();
    const response = await fetch(`${server.url}/api/v3/medias/2/download`, { headers: { cookie } });
    expect(await readBytes(response)).toBe(10 * 1024);
    expect(Date.now() - started).toBeGreaterThan(TIMEOUT_MS * 2);
  });
});

const requestCounts = new WeakMap<Server, number>();
function upstreamRequests(server: Server): number {
  if (!requestCounts.has(server)) {
    requestCounts.set(server, 0);
    server.on('request', () => requestCounts.set(server, (requestCounts.get(server) ?? 0) + 1));
  }
  return requestCounts.get(server)!;
}

describe('upstream timeouts (embedded upstream)', () => {
  it('answers 504 when the in-process API never answers', async () => {
    const gateway = createTestGateway(
      embeddedUpstream(() => new Promise<Response>(() => {})),
      undefined,
      { upstreamTimeoutMs: TIMEOUT_MS },
    );
    const response = await gateway.app.request('/api/v3/tickets', {
      headers: { cookie: gateway.sessionCookie('tok') },
    });
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ code: 504, message: UPSTREAM_TIMEOUT_MESSAGE });
  });
});

describe('a sign-in whose extensions probe never answers', () => {
  it('still signs in, without extensions, once the probe times out', async () => {
    const upstreamApp = new Hono();
    upstreamApp.post('/api/v3/token', (c) =>
      c.json({ access_token: 'tok', created_at: '2026-11-26T12:00:00+00:00', expires_in: 3600 }),
    );
    upstreamApp.get('/api/v3/users/me', (c) =>
      c.json({
        id: 1,
        username: 'agent1',
        email: 'agent1@example.com',
        firstname: 'Alice',
        lastname: 'Agent',
        enterprise_id: 1,
        roles: ['agent'],
        groups: [],
      }),
    );
    upstreamApp.get('/api/v3/extensions', () => new Promise<Response>(() => {}));
    const upstreamServer = await listen(upstreamApp.fetch, 0, '127.0.0.1');
    const gateway = createTestGateway(remoteUpstream(upstreamServer.url), undefined, {
      upstreamTimeoutMs: TIMEOUT_MS,
    });
    try {
      const response = await gateway.app.request('/auth/login', {
        method: 'POST',
        headers: { ...XHR, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'agent1', password: 'x' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ username: 'agent1', extensions: [] });
    } finally {
      await upstreamServer.close(100);
    }
  });
});
