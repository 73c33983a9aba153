/** Saved views over the whole gateway and store, on SQLite and PostgreSQL. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ticketListSchema } from '../../../contract/models.ts';
import { gatewayPaths, MAX_VIEWS_PER_USER, type SavedView } from '../../../contract/savedViews.ts';
import { STORE_KINDS, stopTestPostgres } from '../store/testing/stores.ts';
import { createStoreStack, type StoreStack } from '../storeTestSupport.ts';
import { XHR } from '../testSupport.ts';

afterAll(() => stopTestPostgres());

describe.each(STORE_KINDS)('saved views on %s', (kind) => {
  let stack: StoreStack;
  let agent1: string;
  let agent2: string;
  beforeEach(async () => {
    stack = await createStoreStack({ kind, tickets: 30 });
    agent1 = await stack.signIn('agent1');
    agent2 = await stack.signIn('agent2');
    // The first set-up on PostgreSQL starts its server: slow on a busy machine.
  }, 60_000);
  afterEach(async () => {
    await stack.close();
  });

  const call = (cookie: string, method: string, path: string, body?: unknown) =>
    stack.gateway.app.request(path, {
      method,
      headers: { cookie, ...XHR, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const create = async (cookie: string, name: string, query: string) => {
    const response = await call(cookie, 'POST', gatewayPaths.views, { name, query });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as SavedView;
  };
  const list = async (cookie: string) => {
    const response = await call(cookie, 'GET', gatewayPaths.views);
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: SavedView[] }).data;
  };
  const errorsOf = async (response: Response) => {
    expect(response.status).toBe(400);
    return Object.keys(((await response.json()) as { errors: Record<string, string[]> }).errors).sort();
  };

  it('keeps each user’s views to that user: another user neither sees, renames nor deletes them', async () => {
    const view = await create(agent1, '  Open in my groups ', 'state=open,invited&user=visible');
    expect(view).toMatchObject({
      name: 'Open in my groups',
      query: 'state=open,invited&user=visible',
      position: 0,
    });
    expect(await list(agent1)).toEqual([view]);
    expect(await list(agent2)).toEqual([]);
    expect((await call(agent2, 'PATCH', gatewayPaths.view(view.id), { name: 'Mine now' })).status).toBe(404);
    expect((await call(agent2, 'DELETE', gatewayPaths.view(view.id))).status).toBe(404);
    expect((await list(agent1))[0]?.name).toBe('Open in my groups');
    expect((await call(agent1, 'DELETE', gatewayPaths.view(view.id))).status).toBe(204);
    expect(await list(agent1)).toEqual([]);
    expect((await call(agent1, 'DELETE', gatewayPaths.view(view.id))).status).toBe(404);
  });

  it('needs a session, and the CSRF header on writes', async () => {
    expect((await stack.gateway.app.request(gatewayPaths.views)).status).toBe(401);
    const noXhr = await stack.gateway.app.request(gatewayPaths.views, {
      method: 'POST',
      headers: { cookie: agent1, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', query: '' }),
    });
    expect(noXhr.status).toBe(403);
    expect(await list(agent1)).toEqual([]);
  });

  it('refuses a bad name, a bad or oversized query naming each field, and a 51st view', async () => {
    expect(await errorsOf(await call(agent1, 'POST', gatewayPaths.views, { name: ' ', query: '' }))).toEqual([
      'name',
    ]);
    expect(
      await errorsOf(await call(agent1, 'POST', gatewayPaths.views, { name: 'x'.repeat(81), query: '' })),
    ).toEqual(['name']);
    expect(
      await errorsOf(
        await call(agent1, 'POST', gatewayPaths.views, {
          name: 'Bad',
          query: 'state=open,nope&orderby=colour&since=yesterday&page=2&colour=red&user=visible',
        }),
      ),
    ).toEqual(['query.colour', 'query.orderby', 'query.page', 'query.since', 'query.state'].sort());
    expect(
      await errorsOf(
        await call(agent1, 'POST', gatewayPaths.views, { name: 'Long', query: `search=${'a'.repeat(2100)}` }),
      ),
    ).toEqual(['query']);
    expect(await errorsOf(await call(agent1, 'POST', gatewayPaths.views, { name: 'No query' }))).toEqual([
      'query',
    ]);
    for (let n = 0; n < MAX_VIEWS_PER_USER; n += 1) await create(agent1, `View ${n}`, `search=v${n}`);
    const over = await call(agent1, 'POST', gatewayPaths.views, { name: 'One more', query: '' });
    expect(over.status).toBe(409);
    expect(await list(agent1)).toHaveLength(MAX_VIEWS_PER_USER);
    expect(await list(agent2)).toEqual([]);
  });

  it('renames and moves a view; the others shift and keep their order', async () => {
    const [a, b, c] = [
      await create(agent1, 'A', ''),
      await create(agent1, 'B', 'state=open'),
      await create(agent1, 'C', 'user=visible'),
    ];
    const moved = await call(agent1, 'PATCH', gatewayPaths.view(c!.id), { position: 0, name: 'C first' });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ id: c!.id, name: 'C first', position: 0 });
    expect((await list(agent1)).map((view) => [view.name, view.position])).toEqual([
      ['C first', 0],
      ['A', 1],
      ['B', 2],
    ]);
    await call(agent1, 'PATCH', gatewayPaths.view(c!.id), { position: 40 });
    expect((await list(agent1)).map((view) => view.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(await errorsOf(await call(agent1, 'PATCH', gatewayPaths.view(a!.id), {}))).toEqual(['_']);
    expect(await errorsOf(await call(agent1, 'PATCH', gatewayPaths.view(a!.id), { position: -1 }))).toEqual([
      'position',
    ]);
    await call(agent1, 'DELETE', gatewayPaths.view(a!.id));
    expect((await list(agent1)).map((view) => [view.name, view.position])).toEqual([
      ['B', 0],
      ['C first', 1],
    ]);
  });

  it('counts what each view lists now, as the list itself answers', async () => {
    await stack.connect(agent1);
    const views = [
      await create(agent1, 'Visible', 'user=visible&service=all'),
      await create(agent1, 'Open', 'user=visible&service=all&state=open,invited,new'),
      await create(agent1, 'Mine', ''),
      await create(agent1, 'Created in a day', 'user=visible&service=all&since=2020-01-01&until=2020-01-01'),
    ];
    const response = await call(agent1, 'GET', `${gatewayPaths.viewCounts}?tz=Europe/Paris`);
    expect(response.status).toBe(200);
    const { counts, syncing } = (await response.json()) as {
      counts: Record<string, number>;
      syncing: boolean;
    };
    expect(syncing).toBe(false);
    for (const view of views.slice(0, 3)) {
      const listed = await call(agent1, 'GET', `/api/v3/tickets?${view.query}&limit=1`);
      expect(counts[view.id], view.name).toBe(ticketListSchema.parse(await listed.json()).total);
    }
    expect(counts[views[0]!.id]).toBeGreaterThan(0);
    expect(counts[views[3]!.id]).toBe(0);
    expect(await errorsOf(await call(agent1, 'GET', `${gatewayPaths.viewCounts}?tz=Mars/Olympus`))).toEqual([
      'tz',
    ]);
  });
});
