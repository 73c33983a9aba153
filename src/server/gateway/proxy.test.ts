/** Forwarding of /api/v3/* against a fake upstream that records what it receives. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createTestGateway, setSessionCookie, XHR } from './testSupport.ts';
import { embeddedUpstream, type Upstream } from './upstream.ts';

type Seen = { method: string; url: string; headers: Record<string, string>; body: string };

function fakeUpstream() {
  const seen: Seen[] = [];
  const app = new Hono();
  app.use(async (c, next) => {
    seen.push({
      method: c.req.method,
      url: c.req.url,
      headers: Object.fromEntries(c.req.raw.headers),
      body: ['GET', 'HEAD'].includes(c.req.method) ? '' : await c.req.text(),
    });
    await next();
  });
  app.get('/api/v3/medias/7/download', (c) => {
    if (c.req.header('if-none-match') === '"v1"') return c.body(null, 304, { ETag: '"v1"' });
    return c.body('partial', 206, {
      'Content-Type': 'video/mp4',
      'Content-Range': 'bytes 0-6/100',
      'Accept-Ranges': 'bytes',
      'Content-Disposition': 'attachment; filename="clip.mp4"',
      ETag: '"v1"',
      'Set-Cookie': 'upstream=1',
      'X-Internal': 'secret-ish',
    });
  });
  app.get('/api/v3/tickets', (c) =>
    c.json({ data: [], total: 0, next_offset: null }, 200, {
      'X-RateLimit-Limit': '10',
      'X-RateLimit-Remaining': '9',
      'X-RateLimit-Reset': '42',
    }),
  );
  app.get('/api/v3/busy', (c) =>
    c.json({ error: 'slow down' }, 429, {
      'X-RateLimit-Reset': '30',
      'X-RateLimit-Remaining': '0',
      'Retry-After': '30',
    }),
  );
  app.get('/api/v3/users/me', (c) =>
    c.req.header('authorization') === 'Bearer revoked'
      ? c.json({ code: 401, message: 'Token revoked' }, 401)
      : c.json({ id: 1, username: 'agent1' }),
  );
  app.on(['PUT', 'POST', 'DELETE'], '/api/v3/tickets/:id', (c) => c.body(null, 204));
  return { seen, upstream: embeddedUpstream((request) => app.fetch(request)) };
}

describe('the /api/v3 proxy', () => {
  it('forwards with the bearer token, keeps status, body and the headers that matter', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const response = await gateway.app.request('/api/v3/medias/7/download?x=1', {
      headers: { Cookie: gateway.sessionCookie('tok-1'), Range: 'bytes=0-6', 'X-Other': 'no' },
    });
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('partial');
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('content-range')).toBe('bytes 0-6/100');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="clip.mp4"');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(response.headers.getSetCookie()).toEqual([]);

    const request = seen[0]!;
    expect(new URL(request.url).pathname + new URL(request.url).search).toBe('/api/v3/medias/7/download?x=1');
    expect(request.headers.authorization).toBe('Bearer tok-1');
    expect(request.headers.range).toBe('bytes=0-6');
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers['x-other']).toBeUndefined();
  });

  it('forwards If-None-Match and passes a 304 through', async () => {
    const { upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const response = await gateway.app.request('/api/v3/medias/7/download', {
      headers: { Cookie: gateway.sessionCookie('tok-1'), 'If-None-Match': '"v1"' },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('"v1"');
  });

  it('passes rate-limit headers and a 429 through', async () => {
    const { upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const cookie = gateway.sessionCookie('tok-1');
    const ok = await gateway.app.request('/api/v3/tickets', { headers: { Cookie: cookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('9');
    expect(ok.headers.get('x-ratelimit-reset')).toBe('42');

    const limited = await gateway.app.request('/api/v3/busy', { headers: { Cookie: cookie } });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: 'slow down' });
    expect(limited.headers.get('x-ratelimit-reset')).toBe('30');
    expect(limited.headers.get('retry-after')).toBe('30');
  });

  it('sends JSON bodies of writes through', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const response = await gateway.app.request('/api/v3/tickets/5', {
      method: 'PUT',
      headers: { ...XHR, Cookie: gateway.sessionCookie('tok-1'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ state: 'open' }),
    });
    expect(response.status).toBe(204);
    expect(seen[0]).toMatchObject({ method: 'PUT', body: '{"state":"open"}' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('refuses writes without X-Requested-With (CSRF), before calling upstream', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await gateway.app.request('/api/v3/tickets/5', {
        method,
        headers: { Cookie: gateway.sessionCookie('tok-1') },
      });
      expect(response.status, method).toBe(403);
      expect(((await response.json()) as { message: string }).message).toMatch(/X-Requested-With/);
    }
    expect(seen).toEqual([]);
  });

  it('answers 401 without calling upstream when there is no session', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const response = await gateway.app.request('/api/v3/tickets');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 401 });
    expect(seen).toEqual([]);
  });

  it('ends the session on a tampered or expired cookie', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const cookie = gateway.sessionCookie('tok-1', Date.now() + 60_000);
    // One bit of the sealed payload flipped (in the ciphertext, past the IV): always a different value.
    const [name, sealed = ''] = cookie.split('=');
    const [version, payload = ''] = sealed.split('.');
    const bytes = Buffer.from(payload, 'base64url');
    bytes[14] = (bytes[14] ?? 0) ^ 0x01;
    const tampered = `${name}=${version}.${bytes.toString('base64url')}`;
    expect(tampered).not.toBe(cookie);
    const refused = await gateway.app.request('/api/v3/tickets', { headers: { Cookie: tampered } });
    expect(refused.status).toBe(401);
    expect(setSessionCookie(refused)).toMatchObject({ value: '' });
    expect(setSessionCookie(refused)?.attributes).toMatch(/Max-Age=0/);

    gateway.advance(61_000);
    const expired = await gateway.app.request('/api/v3/tickets', { headers: { Cookie: cookie } });
    expect(expired.status).toBe(401);
    expect(setSessionCookie(expired)?.value).toBe('');
    expect(seen).toEqual([]);
  });

  it('ends the session when upstream answers 401', async () => {
    const { upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const response = await gateway.app.request('/api/v3/users/me', {
      headers: { Cookie: gateway.sessionCookie('revoked') },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 401, message: 'Token revoked' });
    expect(setSessionCookie(response)?.value).toBe('');
  });

  it('never lets the browser reach the token endpoints', async () => {
    const { seen, upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    const cookie = gateway.sessionCookie('tok-1');
    for (const path of ['/api/v3/token', '/api/v3/token/revoke', '/api/v3//token', '/api/v3/%74oken']) {
      const response = await gateway.app.request(path, {
        method: 'POST',
        headers: { ...XHR, Cookie: cookie },
      });
      expect(response.status, path).toBe(404);
    }
    expect(seen).toEqual([]);
  });

  it('answers 502 when upstream cannot be reached, without logging the token', async () => {
    const down: Upstream = {
      name: 'down',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    };
    const gateway = createTestGateway(down);
    const response = await gateway.app.request('/api/v3/tickets?search=x', {
      headers: { Cookie: gateway.sessionCookie('tok-secret-value') },
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 502 });
    expect(gateway.logs.join('\n')).toContain('upstream unreachable');
    expect(gateway.logs.join('\n')).not.toContain('tok-secret-value');
  });

  it('answers unknown /api and /auth paths with a JSON 404', async () => {
    const { upstream } = fakeUpstream();
    const gateway = createTestGateway(upstream);
    for (const path of ['/api/v2/tickets', '/auth/unknown']) {
      const response = await gateway.app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ code: 404 });
    }
  });
});
