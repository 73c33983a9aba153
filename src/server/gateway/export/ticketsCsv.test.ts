/** The CSV of the list over the whole gateway and store, on SQLite and PostgreSQL. */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ticketListSchema } from '../../../contract/models.ts';
import { CSV_TOTAL_HEADER, gatewayPaths } from '../../../contract/savedViews.ts';
import { listStoredTickets, storedTicketBatches } from '../store/listTickets.ts';
import { STORE_KINDS, stopTestPostgres } from '../store/testing/stores.ts';
import { createStoreStack, type StoreStack } from '../storeTestSupport.ts';
import { XHR } from '../testSupport.ts';

afterAll(() => stopTestPostgres());

/** RFC 4180 rows (quoted cells with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

async function allIds(
  stack: StoreStack,
  cookie: string,
  query: string,
): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 100) {
    const response = await stack.gateway.app.request(`/api/v3/tickets?${query}&limit=100&offset=${offset}`, {
      headers: { cookie },
    });
    const page = ticketListSchema.parse(await response.json());
    ids.push(...page.data.map((ticket) => ticket.id));
    if (page.next_offset === null) return { ids, total: page.total };
  }
}

describe.each(STORE_KINDS)('the CSV of the list on %s', (kind) => {
  let stack: StoreStack;
  afterEach(async () => {
    await stack.close();
  }, 60_000);
  const csv = (cookie: string, query: string) =>
    stack.gateway.app.request(`${gatewayPaths.ticketsCsv}?${query}`, { headers: { cookie } });

  it('holds every ticket of the list in its order, BOM first, French headers and names, formula-safe', async () => {
    stack = await createStoreStack({ kind, tickets: 60 });
    const admin = await stack.signIn('admin');
    await stack.connect(admin);
    const created = await stack.gateway.app.request('/api/v3/tickets', {
      method: 'POST',
      headers: { cookie: admin, ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: '=HYPERLINK("http://evil")',
        email: 'lea@example.org',
        agent: 'admin',
      }),
    });
    expect(created.status).toBe(200);
    await stack.settle();
    const query = 'user=visible&service=all&orderby=created&order=asc';
    const response = await csv(
      admin,
      `${query}&offset=20&limit=5&columns=id,state,subject,duration&lang=fr&tz=Europe/Paris`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tickets-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(header).toEqual(['N°', 'État', 'Objet', 'Durée']);
    const list = await allIds(stack, admin, query);
    expect(list.total).toBeGreaterThan(40);
    expect(Number(response.headers.get(CSV_TOTAL_HEADER))).toBe(list.total);
    expect(rows.map((row) => Number(row[0]))).toEqual(list.ids);
    const evil = rows.find((row) => row[2]?.includes('HYPERLINK'));
    expect(evil?.[2]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows.map((row) => row[1])).toContain('Nouveau');
  }, 60_000);

  it('reads the store in keyset batches that add up to the list, in every order', async () => {
    stack = await createStoreStack({ kind, tickets: 40 });
    const admin = await stack.signIn('admin');
    await stack.connect(admin);
    const user = { id: 1, enterpriseId: 1, isAdmin: true };
    for (const orderby of [
      'start_time',
      'end_time',
      'created',
      'modified',
      'id',
      'reference',
      'state',
    ] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const params = { user: 'visible' as const, service: 'all', orderby, order };
        const whole = await listStoredTickets(stack.store.db, user, { ...params, limit: 100 }, null);
        const batched: number[] = [];
        for await (const batch of storedTicketBatches(stack.store.db, user, params, null, 7)) {
          expect(batch.length).toBeLessThanOrEqual(7);
          batched.push(...batch.map((ticket) => ticket.id));
        }
        expect(batched.length, `${orderby} ${order}`).toBe(whole.total);
        expect(new Set(batched).size).toBe(whole.total);
        if (orderby === 'id' || orderby === 'created') expect(batched).toEqual(whole.data.map((t) => t.id));
      }
    }
  }, 60_000);

  it('gives a user only the tickets they may see', async () => {
    stack = await createStoreStack({ kind, tickets: 40 });
    const agent1 = await stack.signIn('agent1');
    const globex = await stack.signIn('globex-agent');
    await stack.connect(agent1);
    await stack.connect(globex);
    for (const [cookie, other] of [
      [agent1, globex],
      [globex, agent1],
    ] as const) {
      const response = await csv(cookie, 'user=visible&service=all&columns=id');
      const ids = parseCsv((await response.text()).slice(1))
        .slice(1)
        .map((row) => Number(row[0]));
      const own = await allIds(stack, cookie, 'user=visible&service=all');
      const others = await allIds(stack, other, 'user=visible&service=all');
      expect(ids.sort()).toEqual([...own.ids].sort());
      expect(ids.filter((id) => others.ids.includes(id))).toEqual([]);
    }
    expect((await csv(agent1, 'user=all')).status).toBe(403);
  }, 60_000);

  it('refuses bad parameters naming each, and answers 409 while the first sync runs', async () => {
    stack = await createStoreStack({ kind, tickets: 20 });
    const agent1 = await stack.signIn('agent1');
    const syncing = await csv(agent1, 'user=visible');
    expect(syncing.status).toBe(409);
    expect(((await syncing.json()) as { message: string }).message).toMatch(
      /still being synced \(\d+ of [\d?]+\)/,
    );
    await stack.connect(agent1);
    const bad = await csv(agent1, 'columns=id,colour&lang=de&tz=Mars/Olympus&state=nope&orderby=size');
    expect(bad.status).toBe(400);
    const { errors } = (await bad.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(errors).sort()).toEqual(['columns', 'lang', 'orderby', 'state', 'tz']);
    expect(errors.columns?.[0]).toContain('colour');
    expect((await csv(agent1, 'scope=sso')).status).toBe(400);
    expect((await stack.gateway.app.request(gatewayPaths.ticketsCsv)).status).toBe(401);
  }, 60_000);
});
