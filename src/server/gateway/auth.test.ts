/** /auth/* against the real embedded API, in-process. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userSchema } from '../../contract/models.ts';
import { listen } from '../runtime/listen.ts';
import {
  captureLogs,
  createTestApizee,
  createTestGateway,
  setSessionCookie,
  XHR,
  type TestApizee,
  type TestGateway,
} from './testSupport.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { embeddedUpstream } from './upstream.ts';

const PASSWORD = 'Demo-pass-1';

describe('sign-in, session and sign-out through the gateway', () => {
  const apizeeLogs = captureLogs();
  let api: TestApizee;
  let gateway: TestGateway;

  beforeAll(() => {
    api = createTestApizee({ logger: apizeeLogs.logger, tokenRateLimits: { perAccountAndClient: 3 } });
    gateway = createTestGateway(embeddedUpstream((request) => api.apizee.app.fetch(request)));
  });
  afterAll(() => api.close());

  function login(username: string, password: string, headers: Record<string, string> = {}) {
    return gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { ...XHR, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    });
  }

  async function signedInCookie(username: string): Promise<string> {
    const response = await login(username, PASSWORD);
    expect(response.status).toBe(200);
    return `${SESSION_COOKIE}=${setSessionCookie(response)!.value}`;
  }

  it('signs in: 200 with the user, and a sealed httpOnly SameSite=Strict cookie', async () => {
    const response = await login('agent1', PASSWORD);
    expect(response.status).toBe(200);
    const user = userSchema.parse(await response.json());
    expect(user).toMatchObject({ username: 'agent1', roles: ['agent'] });

    const cookie = setSessionCookie(response)!;
    expect(cookie.value).toMatch(/^v1\./);
    expect(cookie.attributes).toContain('HttpOnly');
    expect(cookie.attributes).toContain('SameSite=Strict');
    expect(cookie.attributes).toContain('Path=/');
    expect(cookie.attributes).toContain('Max-Age=86400');
    expect(cookie.attributes).not.toContain('Secure');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The body carries no token either.
    expect(JSON.stringify(user)).not.toMatch(/access_token/);
  });

  it('keeps no token in the cookie in clear', async () => {
    const upstreamToken = await api.apizee.app.request('/api/v3/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'agent2', password: PASSWORD }),
    });
    const { access_token: token } = (await upstreamToken.json()) as { access_token: string };
    const cookie = await signedInCookie('agent2');
    expect(cookie).not.toContain(token);
    expect(Buffer.from(cookie.split('v1.')[1]!, 'base64url').toString('latin1')).not.toContain(
      token.slice(0, 16),
    );
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const response = await login('agent3', PASSWORD, { 'X-Forwarded-Proto': 'https' });
    expect(setSessionCookie(response)!.attributes).toContain('Secure');
  });

  it('answers bad credentials with upstream 401 and its message, setting no cookie', async () => {
    const response = await login('supervisor', 'wrong-password');
    expect(response.status).toBe(401);
    const body = (await response.json()) as { code: number; message: string };
    expect(body.code).toBe(401);
    expect(body.message.length).toBeGreaterThan(0);
    expect(setSessionCookie(response)).toBeUndefined();
  });

  it('answers a malformed body with 400 naming the fields', async () => {
    const notJson = await gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { ...XHR, 'Content-Type': 'application/json' },
      body: '{"username":',
    });
    expect(notJson.status).toBe(400);
    const missing = await login('', '');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty(
      'username',
    );
  });

  it('refuses a sign-in without the CSRF header', async () => {
    const response = await gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(setSessionCookie(response)).toBeUndefined();
  });

  it('passes the 429 of too many sign-ins through, with its headers', async () => {
    let last: Response | undefined;
    for (let attempt = 0; attempt < 4; attempt += 1) last = await login('globex-agent', 'wrong-password');
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(((await last!.json()) as { error: string }).error).toBeTruthy();
  });

  it('tells who is signed in, and 401 without a session', async () => {
    const cookie = await signedInCookie('supervisor');
    const session = await gateway.app.request('/auth/session', { headers: { Cookie: cookie } });
    expect(session.status).toBe(200);
    expect(userSchema.parse(await session.json()).username).toBe('supervisor');

    const anonymous = await gateway.app.request('/auth/session');
    expect(anonymous.status).toBe(401);
    expect(setSessionCookie(anonymous)).toBeUndefined();
  });

  it('forwards API calls as the signed-in user', async () => {
    const cookie = await signedInCookie('admin');
    const response = await gateway.app.request('/api/v3/tickets?user=all&limit=5', {
      headers: { Cookie: cookie },
    });
    expect(response.status).toBe(200);
    const list = (await response.json()) as { data: unknown[]; total: number };
    expect(list.data).toHaveLength(5);
    expect(list.total).toBeGreaterThan(5);
    const forbidden = await gateway.app.request('/api/v3/tickets?user=all', {
      headers: { Cookie: await signedInCookie('agent3') },
    });
    expect(forbidden.status).toBe(403);
  });

  it('signs out: revokes the token upstream and clears the cookie', async () => {
    const cookie = await signedInCookie('agent1');
    const refused = await gateway.app.request('/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    expect(refused.status).toBe(403);

    const response = await gateway.app.request('/auth/logout', {
      method: 'POST',
      headers: { ...XHR, Cookie: cookie },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ upstreamRevoked: true });
    expect(setSessionCookie(response)?.value).toBe('');
    expect(setSessionCookie(response)?.attributes).toContain('Max-Age=0');

    // The old cookie, replayed, no longer works: the upstream token was revoked.
    const replayed = await gateway.app.request('/auth/session', { headers: { Cookie: cookie } });
    expect(replayed.status).toBe(401);
    expect(setSessionCookie(replayed)?.value).toBe('');
  });

  it('signs out without a session too', async () => {
    const response = await gateway.app.request('/auth/logout', { method: 'POST', headers: XHR });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ upstreamRevoked: true });
  });

  it('logs neither passwords nor tokens nor cookies', () => {
    const everything = [...gateway.logs, ...apizeeLogs.lines].join('\n');
    expect(gateway.logs.some((line) => line.includes('"path":"/auth/login"'))).toBe(true);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('wrong-password');
    expect(everything).not.toMatch(/v1\.[A-Za-z0-9_-]{20}/);
    expect(everything).not.toMatch(/Bearer /i);
  });
});

describe('the browser address the gateway gives the token call (over HTTP)', () => {
  async function signInStatuses(trustedProxies: string[], forwardedFor: string[]): Promise<number[]> {
    const api = createTestApizee({ tokenRateLimits: { perClient: 2 } });
    const gateway = createTestGateway(
      embeddedUpstream((request) => api.apizee.app.fetch(request)),
      undefined,
      { trustedProxies },
    );
    const server = await listen(gateway.app.fetch, 0, '127.0.0.1');
    try {
      const statuses: number[] = [];
      for (const address of forwardedFor) {
        const response = await fetch(`${server.url}/auth/login`, {
          method: 'POST',
          headers: { ...XHR, 'Content-Type': 'application/json', 'X-Forwarded-For': address },
          body: JSON.stringify({ username: 'nobody', password: 'x' }),
        });
        statuses.push(response.status);
      }
      return statuses;
    } finally {
      await server.close(100);
      api.close();
    }
  }

  it('is the TCP peer without TRUST_PROXY: a forged X-Forwarded-For is ignored', async () => {
    expect(await signInStatuses([], ['10.0.0.1', '10.0.0.2', '10.0.0.3'])).toEqual([401, 401, 429]);
  });

  it('is what X-Forwarded-For says when TRUST_PROXY names the peer', async () => {
    expect(await signInStatuses(['127.0.0.1'], ['10.0.0.1', '10.0.0.2', '10.0.0.3'])).toEqual([
      401, 401, 401,
    ]);
    expect(await signInStatuses(['127.0.0.1'], ['10.0.0.1', '10.0.0.1', '10.0.0.1'])).toEqual([
      401, 401, 429,
    ]);
  });
});
