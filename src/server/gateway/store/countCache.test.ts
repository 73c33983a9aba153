import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTicket } from '../../../test/samples.ts';
import type { StoreDatabase } from './database.ts';
import { keptCount } from './countCache.ts';
import { countStoredTickets, listStoredTickets } from './listTickets.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres } from './testing/stores.ts';
import { recordSeenTickets, removeTicket, withdrawFromUser } from './tickets.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const AGENT = { id: 3, enterpriseId: 1, isAdmin: false };
const agent = { id: 3, username: 'user3', firstname: 'A', lastname: 'B' };

afterAll(() => stopTestPostgres());

describe.each(STORE_KINDS)('list totals kept until the store changes, on %s', (kind) => {
  let store: StoreDatabase;
  beforeEach(async () => {
    store = await openTestStore(kind);
  });
  afterEach(async () => {
    await store.close();
  });

  const seen = (...ids: number[]) =>
    recordSeenTickets(
      store.db,
      AGENT.id,
      1,
      ids.map((id) => sampleTicket(id, { agent, state: id % 2 === 0 ? 'open' : 'new' })),
      NOW,
    );
  const total = (state?: ('open' | 'new')[]) =>
    countStoredTickets(store.db, AGENT, { service: 'all', ...(state && { state }) }, null);

  it('answers every total as a fresh count would, across writes, withdrawals and deletions', async () => {
    await seen(1, 2, 3, 4);
    expect(await total()).toBe(4);
    expect(await total(['open'])).toBe(2);
    await seen(5, 6);
    expect(await total()).toBe(6);
    expect(await total(['open'])).toBe(3);
    await withdrawFromUser(store.db, AGENT.id, 6);
    expect(await total()).toBe(5);
    await removeTicket(store.db, 1);
    expect(await total()).toBe(4);
    const page = await listStoredTickets(store.db, AGENT, { service: 'all', limit: 2, offset: 2 }, null);
    expect(page).toMatchObject({ total: 4, next_offset: null });
    expect(page.data).toHaveLength(2);
  });

  it(kind === 'sqlite' ? 'counts again only after a write' : 'always counts (no change marker)', async () => {
    let counted = 0;
    const count = () => {
      counted += 1;
      return Promise.resolve(7);
    };
    await keptCount(store.db, 'k', count);
    await keptCount(store.db, 'k', count);
    expect(counted).toBe(kind === 'sqlite' ? 1 : 2);
    await seen(9);
    await keptCount(store.db, 'k', count);
    expect(counted).toBe(kind === 'sqlite' ? 2 : 3);
    await keptCount(store.db, 'other', count);
    expect(counted).toBe(kind === 'sqlite' ? 3 : 4);
  });
});
