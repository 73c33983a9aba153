/**
 * The store end to end over the embedded Apizee: lists answered from the store equal upstream's own
 * answers, writes and outside changes (webhooks) reach every live user's store, and — the invariant —
 * under random reassignments, deletions and creations across users, groups and both enterprises, no
 * user is ever served a ticket that upstream does not show them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ticketListSchema } from '../../contract/models.ts';
import { XHR } from './testSupport.ts';
import { createStoreStack, type StoreStack } from './storeTestSupport.ts';

const USERS = ['admin', 'supervisor', 'agent1', 'agent2', 'agent3', 'globex-admin', 'globex-agent'];

async function upstreamToken(stack: StoreStack, username: string): Promise<string> {
  const response = await stack.apizee.app.request('/api/v3/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-pass-1' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Every page of a list, as ids and total. */
async function listAll(
  get: (query: string) => Response | Promise<Response>,
  query: string,
): Promise<{ ids: number[]; total: number; servedFrom: (string | null)[] }> {
  const ids: number[] = [];
  const servedFrom: (string | null)[] = [];
  let total: number;
  for (let offset = 0; ; offset += 100) {
    const response = await get(`${query}&limit=100&offset=${offset}`);
    expect(response.status, `${query}: ${response.status}`).toBe(200);
    servedFrom.push(response.headers.get('x-served-from'));
    const page = ticketListSchema.parse(await response.json());
    ids.push(...page.data.map((ticket) => ticket.id));
    total = page.total;
    if (page.next_offset === null) break;
  }
  return { ids, total, servedFrom };
}

const viaGateway = (stack: StoreStack, cookie: string) => (query: string) =>
  stack.gateway.app.request(`/api/v3/tickets?${query}`, { headers: { cookie } });
const viaUpstream = (stack: StoreStack, token: string) => (query: string) =>
  stack.apizee.app.request(`/api/v3/tickets?${query}`, { headers: { authorization: `Bearer ${token}` } });

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the ticket store over the embedded Apizee', () => {
  let stack: StoreStack;
  afterEach(async () => {
    await stack.close();
  });

  it("answers every filter from the store exactly as upstream does, within the user's view", async () => {
    stack = await createStoreStack();
    const cookie = await stack.signIn('agent1');
    await stack.connect(cookie);
    const token = await upstreamToken(stack, 'agent1');
    // started_before at a ticket's own start time: both must include the bound ("at or before").
    const visible = await viaUpstream(stack, token)('user=visible&service=all&limit=100');
    const starts = ticketListSchema
      .parse(await visible.json())
      .data.flatMap((ticket) => (ticket.start_time ? [ticket.start_time] : []))
      .sort();
    const middleStart = encodeURIComponent(starts[Math.floor(starts.length / 2)]!);
    const queries = [
      'user=visible&service=all',
      'user=visible&service=all&state=open,invited&orderby=state&order=asc',
      'user=unassigned&service=all&orderby=created',
      'service=all&orderby=modified&order=asc',
      'user=visible&service=all&search=a&orderby=reference',
      'user=visible',
      `user=visible&service=all&started_before=${middleStart}`,
      'user=visible&service=all&state=new,open,invited&started_before=2030-01-01T00:00Z',
    ];
    for (const query of queries) {
      const fromStore = await listAll(viaGateway(stack, cookie), query);
      const fromUpstream = await listAll(viaUpstream(stack, token), query);
      expect(
        fromStore.servedFrom.every((source) => source === 'store'),
        query,
      ).toBe(true);
      expect(fromStore.total, query).toBe(fromUpstream.total);
      if (query.includes('started_before')) expect(fromUpstream.total, query).toBeGreaterThan(0);
      if (!query.includes('orderby=state')) expect(fromStore.ids, query).toEqual(fromUpstream.ids);
      else expect([...fromStore.ids].sort(), query).toEqual([...fromUpstream.ids].sort());
    }
  });

  it('refuses what upstream refuses (user=all to an agent) and names bad parameters', async () => {
    stack = await createStoreStack();
    const cookie = await stack.signIn('agent1');
    await stack.connect(cookie);
    expect((await viaGateway(stack, cookie)('user=all')).status).toBe(403);
    const bad = await viaGateway(
      stack,
      cookie,
    )('state=nope&limit=1000&orderby=colour&started_before=yesterday');
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors).sort()).toEqual([
      'limit',
      'orderby',
      'started_before',
      'state',
    ]);
  });

  it("moves a reassigned ticket from one live agent's store to the other's at once", async () => {
    stack = await createStoreStack();
    const [admin, agent1, agent2] = [
      await stack.signIn('admin'),
      await stack.signIn('agent1'),
      await stack.signIn('agent2'),
    ];
    for (const cookie of [admin, agent1, agent2]) await stack.connect(cookie);
    const mine = await listAll(viaGateway(stack, agent1), 'service=all');
    const ticketId = mine.ids[0]!;
    const moved = await stack.gateway.app.request(`/api/v3/tickets/${ticketId}`, {
      method: 'PUT',
      headers: { cookie: admin, ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ agent: 'agent2', group: '' }),
    });
    expect(moved.status).toBe(204);
    await stack.settle();
    expect((await listAll(viaGateway(stack, agent1), 'user=visible&service=all')).ids).not.toContain(
      ticketId,
    );
    expect((await listAll(viaGateway(stack, agent2), 'service=all')).ids).toContain(ticketId);
    const detail = await stack.gateway.app.request(`/api/v3/tickets/${ticketId}`, {
      headers: { cookie: agent1 },
    });
    expect(detail.headers.get('x-served-from')).toBeNull();
    expect([403, 404]).toContain(detail.status);
  });

  it('stops the sync of a user whose token upstream refuses (signed out, revoked)', async () => {
    stack = await createStoreStack();
    const cookie = await stack.signIn('agent1');
    const stream = await stack.connect(cookie);
    await stack.settle();
    const agent1 = (await (
      await stack.gateway.app.request('/auth/session', { headers: { cookie } })
    ).json()) as {
      id: number;
    };
    expect(stack.store.sync.liveUsers(1)).toContain(agent1.id);
    await stream.close();
    const logout = await stack.gateway.app.request('/auth/logout', {
      method: 'POST',
      headers: { cookie, ...XHR },
    });
    expect(logout.status).toBe(200);
    // Lingering after the stream, the sync's next pass meets a 401 and ends instead of retrying.
    stack.store.sync.refresh(agent1.id, 'soon');
    await expect.poll(() => stack.store.sync.liveUsers(1)).not.toContain(agent1.id);
  });

  it('keeps serving from the store while upstream is down, and a write fails with a clear message', async () => {
    stack = await createStoreStack();
    const cookie = await stack.signIn('agent1');
    await stack.connect(cookie);
    const before = await listAll(viaGateway(stack, cookie), 'user=visible&service=all');
    stack.setUpstreamDown(true);
    const write = await stack.gateway.app.request(`/api/v3/tickets/${before.ids[0]}`, {
      method: 'PUT',
      headers: { cookie, ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'done' }),
    });
    expect(write.status).toBe(502);
    expect(await write.json()).toEqual({
      code: 502,
      message: 'The Apizee API cannot be reached, try again in a moment',
    });
    const during = await listAll(
      viaGateway(stack, cookie),
      'user=visible&service=all&state=open,new,invited,inprogress,done',
    );
    expect(during.servedFrom.every((source) => source === 'store')).toBe(true);
    const detail = await stack.gateway.app.request(`/api/v3/tickets/${before.ids[0]}`, {
      headers: { cookie },
    });
    expect(detail.status).toBe(200);
    stack.setUpstreamDown(false);
  });

  it('keeps no leak under random reassignments, deletions and creations across users, groups and enterprises', async () => {
    stack = await createStoreStack({ tickets: 40 });
    const next = random(20261203);
    const cookies = new Map<string, string>();
    const tokens = new Map<string, string>();
    for (const user of USERS) {
      cookies.set(user, await stack.signIn(user));
      tokens.set(user, await upstreamToken(stack, user));
      await stack.connect(cookies.get(user)!);
    }
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const agents = ['agent1', 'agent2', 'agent3', 'supervisor', ''];
    const groups = await (
      await stack.apizee.app.request('/api/v3/enterprises/1/groups', {
        headers: { authorization: `Bearer ${tokens.get('admin')}` },
      })
    ).json();
    const groupIds = [...(groups as { data: { id: number }[] }).data.map((group) => String(group.id)), ''];

    for (let step = 0; step < 40; step += 1) {
      const admin = pick(['admin', 'globex-admin']);
      const all = await listAll(viaUpstream(stack, tokens.get(admin)!), 'user=all&service=all');
      const ticketId = pick(all.ids);
      const viaDashboard = next() < 0.5;
      const send = (method: string, path: string, body?: object) =>
        viaDashboard
          ? stack.gateway.app.request(path, {
              method,
              headers: { cookie: cookies.get(admin)!, ...XHR, 'content-type': 'application/json' },
              ...(body && { body: JSON.stringify(body) }),
            })
          : stack.apizee.app.request(path, {
              method,
              headers: { authorization: `Bearer ${tokens.get(admin)}`, 'content-type': 'application/json' },
              ...(body && { body: JSON.stringify(body) }),
            });
      const roll = next();
      if (roll < 0.1) {
        await send('DELETE', `/api/v3/tickets/${ticketId}`);
      } else if (roll < 0.2) {
        await send('POST', '/api/v3/tickets', { phone: '+33612345678', subject: `random ${step}` });
      } else if (admin === 'admin') {
        await send('PUT', `/api/v3/tickets/${ticketId}`, { agent: pick(agents), group: pick(groupIds) });
      } else {
        await send('PUT', `/api/v3/tickets/${ticketId}`, { agent: pick(['globex-agent', '']) });
      }
      await stack.settle();
      for (const user of USERS) {
        const served = await listAll(viaGateway(stack, cookies.get(user)!), 'user=visible&service=all');
        const upstream = await listAll(viaUpstream(stack, tokens.get(user)!), 'user=visible&service=all');
        const leaked = served.ids.filter((id) => !upstream.ids.includes(id));
        expect(leaked, `step ${step}: ${user} is served tickets upstream does not show them`).toEqual([]);
        expect(served.ids.sort(), `step ${step}: ${user}'s store is complete`).toEqual(upstream.ids.sort());
      }
    }
  }, 120_000);
});
