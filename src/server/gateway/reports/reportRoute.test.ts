/**
 * Which source answers the report and how: the store only when it is current and covers the scope;
 * upstream otherwise, kept a minute per view; upstream's validation and refusals either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createStoreStack, type StoreStack } from '../storeTestSupport.ts';
import { UPSTREAM_REPORT_TTL_MS } from './upstreamReport.ts';

const YEAR = { startTime: '2026-01-01', endTime: '2026-12-31T23:59:59Z' };
/** After the seed's history: its tickets of these weeks were seen as they are (none resolved yet). */
const START = Date.parse('2027-03-10T12:05:00Z');
const RECENT = { startTime: '2027-02-08', endTime: '2027-03-10T23:59:59.999Z' };

async function upstreamToken(stack: StoreStack, username: string): Promise<string> {
  const response = await stack.apizee.app.request('/api/v3/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-pass-1' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const path = (query: Record<string, string>, enterpriseId = 1) =>
  `/api/v3/enterprises/${enterpriseId}/tickets/report?${new URLSearchParams(query)}`;

describe('GET /api/v3/enterprises/{id}/tickets/report at the gateway', () => {
  let stack: StoreStack;
  afterEach(async () => {
    await stack.close();
  });

  it('names each bad field as upstream does, from the store as from upstream', async () => {
    stack = await createStoreStack();
    const cookie = await stack.signIn('admin');
    await stack.connect(cookie);
    const token = await upstreamToken(stack, 'admin');
    const bad: Record<string, string>[] = [
      { endTime: '2025-01-01' },
      { startTime: 'soon', endTime: '2025-01-01', userId: 'me' },
      { startTime: '2025-02-01', endTime: '2025-01-01' },
      { ...YEAR, withTrashed: 'maybe', groupId: '0' },
    ];
    for (const query of bad) {
      const served = await stack.gateway.app.request(path(query), { headers: { cookie } });
      const upstream = await stack.apizee.app.request(path(query), {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(served.status, JSON.stringify(query)).toBe(400);
      expect(upstream.status).toBe(400);
      const servedErrors = ((await served.json()) as { errors: object }).errors;
      const upstreamErrors = ((await upstream.json()) as { errors: object }).errors;
      expect(Object.keys(servedErrors).sort(), JSON.stringify(query)).toEqual(
        Object.keys(upstreamErrors).sort(),
      );
    }
  });

  it('goes upstream while the store is not current, keeping the answer a minute per view', async () => {
    stack = await createStoreStack();
    // Signed in, no live stream: nobody keeps this user's store current.
    const cookie = await stack.signIn('supervisor');
    const get = (query: Record<string, string>) =>
      stack.gateway.app.request(path(query), { headers: { cookie } });
    const first = await get(YEAR);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-served-from')).toBe('upstream');
    expect(first.headers.get('x-upstream-cache')).toBeNull();
    const again = await get(YEAR);
    expect(again.headers.get('x-upstream-cache')).toBe('hit');
    expect(await again.json()).toEqual(await first.json());
    // Another view is another call.
    const other = await get({ ...YEAR, startTime: '2026-06-01' });
    expect(other.headers.get('x-upstream-cache')).toBeNull();
    stack.advance(UPSTREAM_REPORT_TTL_MS + 1);
    expect((await get(YEAR)).headers.get('x-upstream-cache')).toBeNull();

    // Once a live stream keeps the store current, the store answers.
    await stack.connect(cookie);
    expect((await get(YEAR)).headers.get('x-served-from')).toBe('store');
  });

  it('leaves to upstream what the store cannot answer: agents, trashed tickets, another enterprise', async () => {
    stack = await createStoreStack();
    const agent = await stack.signIn('agent1');
    await stack.connect(agent);
    const refused = await stack.gateway.app.request(path(YEAR), { headers: { cookie: agent } });
    expect(refused.status).toBe(403);

    const admin = await stack.signIn('admin');
    await stack.connect(admin);
    const token = await upstreamToken(stack, 'admin');
    const trashed = await stack.gateway.app.request(path({ ...YEAR, withTrashed: 'true' }), {
      headers: { cookie: admin },
    });
    expect(trashed.headers.get('x-served-from')).toBe('upstream');
    const upstream = await stack.apizee.app.request(path({ ...YEAR, withTrashed: 'true' }), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await trashed.json()).toEqual(await upstream.json());
    const elsewhere = await stack.gateway.app.request(path(YEAR, 2), { headers: { cookie: admin } });
    expect(elsewhere.status).toBe(404);
  });

  it("documented-only upstream: the admin's report from the store in the base shape, a supervisor's from upstream", async () => {
    stack = await createStoreStack({ extensions: false, startAt: START });
    for (const username of ['admin', 'supervisor']) {
      const cookie = await stack.signIn(username);
      await stack.connect(cookie);
      const token = await upstreamToken(stack, username);
      const served = await stack.gateway.app.request(path(RECENT), { headers: { cookie } });
      expect(served.headers.get('x-served-from'), username).toBe(username === 'admin' ? 'store' : 'upstream');
      const upstream = await stack.apizee.app.request(path(RECENT), {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await served.json()) as Record<string, unknown>;
      expect(body.total, username).not.toBe(0);
      expect(Object.keys(body).sort()).toEqual(['by_agent', 'by_day', 'by_group', 'by_state', 'total']);
      expect(body, username).toEqual(await upstream.json());
    }
  });
});
