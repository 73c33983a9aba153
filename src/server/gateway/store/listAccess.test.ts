import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListTicketsParams } from '../../../contract/requests.ts';
import { sampleTicket } from '../../../test/samples.ts';
import type { StoreDatabase } from './database.ts';
import { LIST_COLUMNS_INDEX, listPageIndex } from './listAccess.ts';
import {
  countStoredTickets,
  listStoredTickets,
  pageJson,
  storedPageQuery,
  storedTicketPage,
} from './listTickets.ts';
import { openTestStore } from './testing/stores.ts';
import { recordSeenTickets } from './tickets.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const ADMIN = { id: 1, enterpriseId: 1, isAdmin: true };
const TICKETS = 2_000;
const STATES = ['new', 'open', 'invited', 'done'] as const;
const atMs = (minutes: number) => Date.UTC(2026, 0, 1) + minutes * 60_000;
const at = (minutes: number) => new Date(atMs(minutes)).toISOString();

/** Two tickets in three say "boiler" (a common word); five say "zephyr" (a rare one). */
function ticket(id: number) {
  const word = id % 400 === 7 ? 'zephyr' : id % 3 === 0 ? 'printer' : 'boiler';
  return sampleTicket(id, {
    subject: `${word} ${id}`,
    state: STATES[id % STATES.length],
    // Start times run against ids, so a sort by start time is not the ids' order.
    start_time: at(TICKETS - id),
    end_time: at(((id * 13) % TICKETS) + 30),
    created: at(id),
    modified: at((id * 7) % TICKETS),
  });
}

describe('the index a SQLite list reads its page from', () => {
  let store: StoreDatabase;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    const tickets = Array.from({ length: TICKETS }, (_, index) => ticket(index + 1));
    for (let start = 0; start < tickets.length; start += 500)
      await recordSeenTickets(store.db, ADMIN.id, 1, tickets.slice(start, start + 500), NOW);
  });
  afterAll(() => store.close());

  async function chosen(params: ListTicketsParams) {
    const total = await countStoredTickets(store.db, ADMIN, params, null);
    const wanted = (params.offset ?? 0) + (params.limit ?? 25);
    return listPageIndex(store.db, ADMIN.enterpriseId, params, total, wanted);
  }

  async function plan(params: ListTicketsParams, index: string | null): Promise<string> {
    const query = storedPageQuery(store.db, ADMIN, params, null, index);
    const explained = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]),
    );
    return explained.rows.map((row) => row.detail).join(' / ');
  }

  const common: ListTicketsParams = { service: 'all', user: 'all', search: 'boil', state: ['open', 'done'] };
  const rare: ListTicketsParams = { ...common, search: 'zephyr' };

  it('walks the sort index for a common word, and goes through the candidates for a rare one', async () => {
    expect(await chosen({ ...common, orderby: 'start_time' })).toBe('store_tickets_start_time');
    expect(await chosen({ ...common, orderby: 'end_time' })).toBe('store_tickets_end_time');
    expect(await chosen({ ...common, orderby: 'modified', limit: 100 })).toBe('store_tickets_modified');
    expect(await chosen({ ...rare, orderby: 'start_time' })).toBe(LIST_COLUMNS_INDEX);
    expect(await chosen({ ...common, orderby: 'state' })).toBe('store_tickets_state_rank');
    expect(await chosen({ ...common, orderby: 'id' })).toBe(LIST_COLUMNS_INDEX);
    // Without a search: the sort's index for a short walk, else the planner's choice.
    expect(await chosen({ service: 'all', user: 'all', since: atMs(1000) })).toBe('store_tickets_start_time');
    expect(await chosen({ service: 'all', user: 'all', state: ['open'], orderby: 'id' })).toBe(
      LIST_COLUMNS_INDEX,
    );
    expect(await chosen({ service: 'all', user: 'all', reference: 'REF-7' })).toBeNull();
    expect(await chosen({ service: 'all', user: 'all', orderby: 'state' })).toBe('store_tickets_state_rank');
    expect(await chosen({ service: 'all', user: 'all', orderby: 'reference' })).toBe(
      'store_tickets_reference',
    );
  });

  it('reads the chosen index alone (covering), whatever the planner would have guessed', async () => {
    expect(await plan({ ...common, orderby: 'start_time' }, 'store_tickets_start_time')).toMatch(
      /SEARCH t USING COVERING INDEX store_tickets_start_time \(enterprise_id=\?\)/,
    );
    expect(await plan({ ...rare, since: atMs(10), orderby: 'end_time' }, LIST_COLUMNS_INDEX)).toMatch(
      /SEARCH t USING COVERING INDEX store_tickets_list_columns \(enterprise_id=\? AND id=\?/,
    );
    // The state order's index holds its very expression: no sort.
    const byState = await plan({ ...common, orderby: 'state' }, 'store_tickets_state_rank');
    expect(byState).toMatch(/SEARCH t USING COVERING INDEX store_tickets_state_rank \(enterprise_id=\?\)/);
    expect(byState.split(' / SCAN p')[0]).not.toMatch(/TEMP B-TREE/);
    // Only the page's own rows are read from the table, by their ids.
    expect(await plan({ ...common, orderby: 'created' }, 'store_tickets_created')).toMatch(
      /SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/,
    );
  });

  it('answers with the same page as the planner does on its own, for every shape', async () => {
    const shapes: ListTicketsParams[] = [
      { ...common, orderby: 'start_time' },
      { ...common, orderby: 'end_time', order: 'asc', offset: 40, limit: 30 },
      { ...common, orderby: 'modified', since: atMs(500), until: atMs(1500) },
      { ...common, orderby: 'created', offset: 450, limit: 50 },
      { ...common, orderby: 'state', limit: 100 },
      { ...rare, orderby: 'start_time' },
      { ...rare, orderby: 'created', order: 'asc', state: undefined },
      { service: 'all', user: 'all', search: 'boiler 1', orderby: 'end_time' },
      { service: 'all', user: 'all', since: atMs(1000) },
      { service: 'all', user: 'all', state: ['open'], orderby: 'id', order: 'asc', offset: 10 },
      { service: 'all', user: 'all', until: atMs(1500), orderby: 'modified', limit: 100 },
    ];
    for (const params of shapes) {
      const listed = await listStoredTickets(store.db, ADMIN, params, null);
      const planners = await store.db.executeQuery(storedPageQuery(store.db, ADMIN, params, null));
      expect(listed.data.map((row) => row.id)).toEqual(
        planners.rows.map((row) => (JSON.parse(row.body) as { id: number }).id),
      );
      expect(listed.data.length, JSON.stringify(params)).toBeGreaterThan(0);
      // The route's envelope, written from the kept texts, is the same JSON.
      const page = await storedTicketPage(store.db, ADMIN, params, null);
      expect(JSON.parse(pageJson(page))).toEqual(listed);
    }
  });
});
