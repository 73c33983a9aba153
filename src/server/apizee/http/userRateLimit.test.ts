/** Apizee's rate limit on every endpoint: 10 calls per user in any minute, the documented 429. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.ts';
import { insertMedia, insertTicket } from '../testing/medias.ts';
import { createSlidingWindowLimiter, RATE_LIMITED_BODY } from './userRateLimit.ts';

describe('the sliding-window limiter', () => {
  it('allows `limit` calls in any window, and one more as each call leaves it', () => {
    let now = 0;
    const limiter = createSlidingWindowLimiter(3, 60_000, () => now);
    const remaining: number[] = [];
    for (now = 0; now < 3000; now += 1000) remaining.push(limiter.hit(1).remaining);
    expect(remaining).toEqual([2, 1, 0]);
    now = 10_000;
    const refused = limiter.hit(1);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 50 });
    // A fixed window would free all three at 60 s; here the calls leave one by one (60, 61, 62 s).
    now = 59_999;
    expect(limiter.hit(1).allowed).toBe(false);
    now = 60_000;
    expect(limiter.hit(1)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.hit(1).allowed).toBe(false);
  });

  it('does not log refused calls, so hammering does not extend the wait', () => {
    let now = 0;
    const limiter = createSlidingWindowLimiter(1, 60_000, () => now);
    limiter.hit(1);
    for (now = 1000; now < 60_000; now += 1000) expect(limiter.hit(1).allowed).toBe(false);
    now = 60_000;
    expect(limiter.hit(1).allowed).toBe(true);
  });

  it('keeps only the users seen within the window', () => {
    let now = 0;
    const limiter = createSlidingWindowLimiter(10, 60_000, () => now);
    for (let user = 1; user <= 1000; user += 1) {
      limiter.hit(user);
      now += 100;
    }
    // 1000 users over 100 s: those idle for a whole minute are gone.
    expect(limiter.size()).toBeLessThanOrEqual(601);
    now += 60_000;
    limiter.hit(5000);
    expect(limiter.size()).toBe(1);
  });
});

describe('Apizee rate limit on the API (APIZEE_RATE_LIMIT=10)', () => {
  let h: Harness;
  let mediaId: number;
  beforeAll(async () => {
    h = await createHarness({ tickets: 10, appOptions: { rateLimit: 10 } });
    const ticketId = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    mediaId = insertMedia(h, ticketId, { title: 'photo' }).id;
  });
  afterAll(() => h.close());

  /** Each test starts a fresh minute: every user's log has left the window. */
  const nextMinute = () => {
    h.clock.now += 61_000;
  };

  const endpoints: [string, () => string][] = [
    ['the ticket list', () => '/tickets'],
    ['a media download', () => `/medias/${mediaId}/download`],
    ['users/me', () => '/users/me'],
  ];

  it.each(endpoints)('answers the 11th call in a minute to %s with the documented 429', async (_, path) => {
    nextMinute();
    const token = await h.token('agent1');
    const remaining: (string | null)[] = [];
    for (let call = 1; call <= 10; call += 1) {
      const response = await h.request('GET', path(), { token });
      expect(response.status, `call ${call}`).toBe(200);
      remaining.push(response.headers.get('x-ratelimit-remaining'));
      expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
      expect(response.headers.get('x-ratelimit-limit')).toBe('10');
      await response.arrayBuffer();
      h.clock.now += 1000;
    }
    expect(remaining).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);

    const refused = await h.request('GET', path(), { token });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe(JSON.stringify(RATE_LIMITED_BODY));
    expect(RATE_LIMITED_BODY).toEqual({
      error: 'You have reached the maximum number of attempts. Please retry later.',
    });
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    // The first call was 10 s ago: it leaves the window in 50 s.
    expect(refused.headers.get('x-ratelimit-reset')).toBe('50');
    expect(refused.headers.get('retry-after')).toBe('50');
  });

  it('counts every endpoint against one budget, errors included', async () => {
    nextMinute();
    const token = await h.token('agent2');
    const paths = ['/users/me', '/tickets', '/tickets/999999', `/medias/${mediaId}`, '/nowhere'];
    const statuses: number[] = [];
    for (let call = 0; call < 11; call += 1) {
      statuses.push((await h.request('GET', paths[call % paths.length]!, { token })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status !== 429)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('honours the reset: after X-RateLimit-Reset seconds one call more is allowed', async () => {
    nextMinute();
    const token = await h.token('agent1');
    for (let call = 0; call < 10; call += 1) {
      await h.request('GET', '/users/me', { token });
      h.clock.now += 1000;
    }
    const refused = await h.request('GET', '/users/me', { token });
    expect(refused.status).toBe(429);
    const reset = Number(refused.headers.get('x-ratelimit-reset'));
    h.clock.now += reset * 1000 - 1000;
    expect((await h.request('GET', '/users/me', { token })).status).toBe(429);
    h.clock.now += 1000;
    const allowed = await h.request('GET', '/users/me', { token });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('x-ratelimit-remaining')).toBe('0');
  });

  it('is per user: another user keeps their own budget', async () => {
    nextMinute();
    const agent = await h.token('agent1');
    for (let call = 0; call < 10; call += 1) await h.request('GET', '/users/me', { token: agent });
    expect((await h.request('GET', '/users/me', { token: agent })).status).toBe(429);

    const other = await h.request('GET', '/users/me', { token: await h.token('supervisor') });
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('9');
  });

  it('is per user, not per token: a second token of the same user shares the budget', async () => {
    nextMinute();
    const first = await h.token('agent3');
    for (let call = 0; call < 10; call += 1) await h.request('GET', '/users/me', { token: first });
    const login = await h.login('agent3');
    expect(login.status).toBe(200);
    const { access_token: second } = (await login.json()) as { access_token: string };
    expect((await h.request('GET', '/users/me', { token: second })).status).toBe(429);
  });

  it('leaves the token call to its own limit, and does not count calls without a valid token', async () => {
    nextMinute();
    const token = await h.token('globex-agent');
    for (let call = 0; call < 10; call += 1) await h.request('GET', '/users/me', { token });
    const login = await h.login('globex-agent');
    expect(login.status).toBe(200);

    nextMinute();
    for (let call = 0; call < 12; call += 1) {
      expect((await h.request('GET', '/users/me', { token: 'not-a-token' })).status).toBe(401);
    }
    expect((await h.request('GET', '/users/me', { token })).headers.get('x-ratelimit-remaining')).toBe('9');
  });
});

describe('APIZEE_RATE_LIMIT=0', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ tickets: 5, appOptions: { rateLimit: 0 } });
  });
  afterAll(() => h.close());

  it('turns the limit off: no 429 and no rate-limit headers', async () => {
    const token = await h.token('agent1');
    for (let call = 0; call < 30; call += 1) {
      const response = await h.request('GET', '/users/me', { token });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-remaining')).toBeNull();
    }
  });
});
