import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema, rateLimitErrorSchema } from '../../../contract/errors.ts';
import { tokenResponseSchema, userSchema } from '../../../contract/models.ts';
import { JWT_BEARER_GRANT } from '../../../contract/requests.ts';
import { createLogger } from '../../runtime/log.ts';
import { createApizeeApp } from '../app.ts';
import { DEMO_PASSWORD } from '../seed/directory.ts';
import { seedDatabase } from '../seed/seed.ts';
import { startStandaloneApizee } from '../standalone.ts';
import { createHarness, TEST_NOW, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
});
afterAll(() => h.close());

describe('POST /token', () => {
  it('exchanges a username and password for a token that expires after a day', async () => {
    const response = await h.login('agent2');
    expect(response.status).toBe(200);
    const body = tokenResponseSchema.parse(await response.json());
    expect(body.expires_in).toBe(86_400);
    expect(body.created_at).toBe('2026-11-26T12:00:00+00:00');
    expect(response.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expect(response.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  });

  it('accepts a JSON body and the query string too', async () => {
    const json = await h.request('POST', '/token', { json: { username: 'agent3', password: DEMO_PASSWORD } });
    expect(json.status).toBe(200);
    const query = await h.request('POST', '/token', {
      query: { username: 'agent3', password: DEMO_PASSWORD },
    });
    expect(query.status).toBe(200);
  });

  it('refuses a wrong password or an unknown user with 401', async () => {
    for (const [username, password] of [
      ['agent3', 'wrong'],
      ['nobody', DEMO_PASSWORD],
    ] as const) {
      const response = await h.login(username, password);
      expect(response.status).toBe(401);
      expect(apiErrorSchema.parse(await response.json()).code).toBe(401);
    }
  });

  it('names the missing parameters in a 400', async () => {
    const response = await h.request('POST', '/token', { form: { grant_type: 'password' } });
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(Object.keys(body.errors ?? {})).toEqual(['username', 'password']);
  });

  it('answers the jwt-bearer grant with a 400 that says it is not supported', async () => {
    const response = await h.request('POST', '/token', {
      form: { grant_type: JWT_BEARER_GRANT, assertion: 'a.b.c' },
    });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).errors?.grant_type?.[0]).toMatch(/not support/);
  });

  it('rejects an unknown grant type and malformed bodies with 400', async () => {
    expect((await h.request('POST', '/token', { form: { grant_type: 'magic' } })).status).toBe(400);
    const malformed = await h.request('POST', '/token', {
      headers: { 'content-type': 'application/json' },
      json: undefined,
      form: undefined,
    });
    expect(malformed.status).toBe(400);
    const badJson = await h.request('GET', '/users/me', {});
    expect(badJson.status).toBe(401);
  });
});

describe('bearer tokens', () => {
  it('GET /users/me returns the current user in the contract shape', async () => {
    const response = await h.request('GET', '/users/me', { token: await h.token('agent2') });
    const me = userSchema.parse(await response.json());
    expect(me).toMatchObject({ username: 'agent2', roles: ['agent'], enterprise_name: 'Acme Assistance' });
    expect(me.groups.map((g) => g.name)).toEqual(['Field experts', 'Support']);
  });

  it('401 without a token, with a malformed or a forged one', async () => {
    const valid = await h.token('agent2');
    for (const header of [
      undefined,
      'Bearer',
      'Basic abc',
      `Bearer ${valid}x`,
      `Bearer ${valid.split('.')[0]}.AAAA`,
    ]) {
      const response = await h.request('GET', '/users/me', {
        headers: header ? { authorization: header } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('a token expires after 86400 seconds', async () => {
    const response = await h.login('supervisor');
    const { access_token } = tokenResponseSchema.parse(await response.json());
    try {
      h.clock.now = TEST_NOW + 86_399_000;
      expect((await h.request('GET', '/users/me', { token: access_token })).status).toBe(200);
      h.clock.now = TEST_NOW + 86_400_000;
      expect((await h.request('GET', '/users/me', { token: access_token })).status).toBe(401);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('POST /token/revoke revokes the token it is called with, and only that one', async () => {
    const first = tokenResponseSchema.parse(await (await h.login('admin')).json()).access_token;
    const second = tokenResponseSchema.parse(await (await h.login('admin')).json()).access_token;
    expect((await h.request('POST', '/token/revoke', { token: first })).status).toBe(200);
    expect((await h.request('GET', '/users/me', { token: first })).status).toBe(401);
    expect((await h.request('POST', '/token/revoke', { token: first })).status).toBe(401);
    expect((await h.request('GET', '/users/me', { token: second })).status).toBe(200);
  });
});

describe('rate limit of POST /token', () => {
  it('answers 429 with X-RateLimit-Reset after 10 attempts per account and client per minute', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await h.login('globex-agent', 'wrong-password');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(rateLimitErrorSchema.parse(await last!.json()).error).toMatch(/retry/i);
    expect(Number(last!.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
    // Even the right password waits for the window to end...
    expect((await h.login('globex-agent')).status).toBe(429);
    // ...which the clock then passes.
    h.clock.now = TEST_NOW + 61_000;
    try {
      expect((await h.login('globex-agent')).status).toBe(200);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('limits each client address (x-forwarded-for) separately', async () => {
    const other = await createHarness({ tickets: 0, appOptions: { tokenRateLimits: { perClient: 2 } } });
    try {
      const from = (ip: string) =>
        other.request('POST', '/token', {
          form: { username: 'x', password: 'y' },
          headers: { 'x-forwarded-for': ip },
        });
      expect((await from('10.0.0.1')).status).toBe(401);
      expect((await from('10.0.0.1')).status).toBe(401);
      expect((await from('10.0.0.1')).status).toBe(429);
      expect((await from('10.0.0.2')).status).toBe(401);
    } finally {
      other.close();
    }
  });
});

describe('a password-guessing attacker', () => {
  const from = (other: Harness, ip: string, username: string, password = DEMO_PASSWORD) =>
    other.request('POST', '/token', {
      form: { grant_type: 'password', username, password },
      headers: { 'x-forwarded-for': ip },
    });

  it('does not lock the real user out: the limit is per account and client address', async () => {
    const other = await createHarness({ tickets: 0 });
    try {
      const attacker: number[] = [];
      for (let i = 0; i < 30; i++)
        attacker.push((await from(other, '203.0.113.66', 'agent1', 'guess')).status);
      expect(attacker.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(attacker.slice(10).every((status) => status === 429)).toBe(true);
      expect((await from(other, '198.51.100.7', 'agent1')).status).toBe(200);
    } finally {
      other.close();
    }
  });

  it('still meets the looser per-account limit when spread over many addresses', async () => {
    const other = await createHarness({
      tickets: 0,
      appOptions: { tokenRateLimits: { perAccountAndClient: 2, perAccount: 5 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await from(other, `203.0.113.${i}`, 'agent1', 'guess')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      other.close();
    }
  });

  it('runs at most 2 password checks at a time during a flood', async () => {
    const other = await createHarness({ tickets: 0 });
    const compare = bcrypt.compare.bind(bcrypt);
    let inFlight = 0;
    let most = 0;
    const spy = vi.spyOn(bcrypt, 'compare').mockImplementation((async (password: string, hash: string) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await compare(password, hash);
      } finally {
        inFlight -= 1;
      }
    }) as typeof bcrypt.compare);
    try {
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => from(other, `203.0.113.${i}`, `user${i}`, 'guess')),
      );
      expect(responses.every((response) => response.status === 401)).toBe(true);
      expect(spy).toHaveBeenCalledTimes(20);
      expect(most).toBe(2);
    } finally {
      spy.mockRestore();
      other.close();
    }
  });

  it('is refused with a 503 beyond the password checks that may wait, not queued without end', async () => {
    const other = await createHarness({
      tickets: 0,
      appOptions: { tokenRateLimits: { bcryptConcurrency: 1, bcryptQueue: 2 } },
    });
    try {
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) => from(other, `203.0.113.${i}`, `user${i}`, 'guess')),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([401, 401, 401, 503, 503, 503, 503, 503]);
      const busy = responses.find((response) => response.status === 503)!;
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(apiErrorSchema.parse(await busy.json()).message).toMatch(/too many sign-ins at once/i);
      // Once the flood is over, sign-ins work again.
      expect((await from(other, '198.51.100.7', 'agent1')).status).toBe(200);
    } finally {
      other.close();
    }
  });
});

describe('X-Forwarded-For at the standalone API (over HTTP)', () => {
  async function standalone(trustedProxies: string[]) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-xff-'));
    const seeded = createApizeeApp({ dataDir, logger: createLogger({ silent: true }) });
    seedDatabase(seeded.db, { dataDir, tickets: 0, passwordCost: 4 });
    seeded.close();
    const server = await startStandaloneApizee({
      port: 0,
      dataDir,
      logger: createLogger({ silent: true }),
      tokenRateLimits: { perClient: 2, trustedProxies },
    });
    return {
      token: (forwardedFor: string) =>
        fetch(`${server.url}/api/v3/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ username: 'nobody', password: 'x' }),
        }).then((response) => response.status),
      close: async () => {
        await server.close(100);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  it('ignores it without TRUST_PROXY: a forged header does not buy a fresh budget', async () => {
    const api = await standalone([]);
    try {
      expect([await api.token('10.0.0.1'), await api.token('10.0.0.2'), await api.token('10.0.0.3')]).toEqual(
        [401, 401, 429],
      );
    } finally {
      await api.close();
    }
  });

  it('reads it when TRUST_PROXY names the peer', async () => {
    const api = await standalone(['127.0.0.1']);
    try {
      expect([await api.token('10.0.0.1'), await api.token('10.0.0.1'), await api.token('10.0.0.1')]).toEqual(
        [401, 401, 429],
      );
      expect(await api.token('10.0.0.2')).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe('logs', () => {
  it('never contain a password, a token or the query string of /token', async () => {
    const secret = 'Sup3r-secret-value';
    await h.request('POST', '/token', { query: { username: 'agent1', password: secret } });
    await h.request('POST', '/token', { json: { username: 'agent1', password: secret } });
    const token = await h.token('agent1');
    await h.request('GET', '/users/me', { token });
    const text = h.logs.join('\n');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[0]!);
    const lines = h.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      lines.some(
        (line) => line.path === '/api/v3/users/me' && line.status === 200 && typeof line.ms === 'number',
      ),
    ).toBe(true);
  });
});
