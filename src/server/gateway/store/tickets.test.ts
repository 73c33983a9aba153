import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRequestor, sampleTicket } from '../../../test/samples.ts';
import type { StoreDatabase } from './database.ts';
import { listStoredTickets, StoreListForbidden } from './listTickets.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres } from './testing/stores.ts';
import {
  applyTicketWebhook,
  recordSeenTickets,
  removeTicket,
  visibleTicket,
  withdrawFromUser,
} from './tickets.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const AGENT = { id: 3, enterpriseId: 1, isAdmin: false };
const ADMIN = { id: 1, enterpriseId: 1, isAdmin: true };
const agentRef = (id: number) => ({ id, username: `user${id}`, firstname: 'A', lastname: 'B' });
const requestor = sampleRequestor();

afterAll(() => stopTestPostgres());

describe.each(STORE_KINDS)('the ticket store on %s', (kind) => {
  let store: StoreDatabase;
  beforeEach(async () => {
    store = await openTestStore(kind);
  });
  afterEach(async () => {
    await store.close();
  });

  it('serves a ticket only to the users whose answers held it', async () => {
    await recordSeenTickets(store.db, AGENT.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    expect((await visibleTicket(store.db, AGENT.id, 10))?.id).toBe(10);
    expect(await visibleTicket(store.db, ADMIN.id, 10)).toBeNull();
    await withdrawFromUser(store.db, AGENT.id, 10);
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
  });

  it('withdraws a reassigned ticket from everyone but the user whose answer showed the change', async () => {
    await recordSeenTickets(store.db, AGENT.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    await recordSeenTickets(store.db, ADMIN.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    const moved = sampleTicket(10, { agent: agentRef(4), modified: '2026-01-02T09:00:00+00:00' });
    const result = await recordSeenTickets(store.db, ADMIN.id, 1, [moved], NOW);
    expect(result.reassigned).toEqual([10]);
    expect(result.withdrawnFrom.get(AGENT.id)).toEqual([10]);
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
    expect((await visibleTicket(store.db, ADMIN.id, 10))?.agent?.id).toBe(4);
  });

  it('never lets an older answer bring back a ticket moved away', async () => {
    await recordSeenTickets(
      store.db,
      ADMIN.id,
      1,
      [sampleTicket(10, { agent: agentRef(4), modified: '2026-01-02T09:00:00+00:00' })],
      NOW,
    );
    await recordSeenTickets(store.db, AGENT.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
  });

  it('applies a webhook: a new state at once, a new agent withdraws, an older one is ignored', async () => {
    await recordSeenTickets(store.db, AGENT.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    const later = Date.parse('2026-01-03T00:00:00Z');
    const state = await applyTicketWebhook(
      store.db,
      { ticketId: 10, enterpriseId: 1, state: 'done', agentId: 3, groupId: null, modified: later },
      NOW,
    );
    expect(state).toMatchObject({ kind: 'state', audience: [AGENT.id] });
    const stored = await store.db.selectFrom('store_tickets').select('state').executeTakeFirst();
    expect(stored?.state).toBe('done');
    // The webhook's props are not the whole ticket: the detail is read upstream before it is served.
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
    const stale = await applyTicketWebhook(
      store.db,
      { ticketId: 10, enterpriseId: 1, state: 'open', modified: later - 1000 },
      NOW,
    );
    expect(stale.kind).toBe('stale');
    const moved = await applyTicketWebhook(
      store.db,
      { ticketId: 10, enterpriseId: 1, agentId: 5, modified: later + 1000 },
      NOW,
    );
    expect(moved).toEqual({ kind: 'reassigned', withdrawnFrom: [AGENT.id] });
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
    expect(await removeTicket(store.db, 10)).toEqual([]);
  });

  it('does not guess the order of two states of one second: the copy waits for upstream', async () => {
    await recordSeenTickets(store.db, AGENT.id, 1, [sampleTicket(10, { agent: agentRef(3) })], NOW);
    const modified = Date.parse('2026-01-03T00:00:00Z');
    const change = { ticketId: 10, enterpriseId: 1, agentId: 3, groupId: null, modified };
    expect(await applyTicketWebhook(store.db, { ...change, state: 'done' }, NOW)).toMatchObject({
      kind: 'state',
    });
    // The creation's delivery (same second, earlier state) arrives last.
    expect(await applyTicketWebhook(store.db, { ...change, state: 'new' }, NOW)).toEqual({
      kind: 'ambiguous',
      audience: [AGENT.id],
    });
    expect(await visibleTicket(store.db, AGENT.id, 10)).toBeNull();
    const reread = sampleTicket(10, {
      agent: agentRef(3),
      state: 'done',
      modified: '2026-01-03T00:00:00+00:00',
    });
    await recordSeenTickets(store.db, AGENT.id, 1, [reread], NOW);
    expect((await visibleTicket(store.db, AGENT.id, 10))?.state).toBe('done');
  });

  it('lists with filters, lifecycle state order, exact counts and phone search in any format', async () => {
    const tickets = [
      sampleTicket(1, { agent: agentRef(3), state: 'rejected', requestor }),
      sampleTicket(2, { agent: agentRef(3), state: 'open', subject: 'Écran cassé' }),
      sampleTicket(3, { agent: null, state: 'invited', start_time: '2026-01-02T10:00:00+00:00' }),
      sampleTicket(4, { agent: agentRef(4), state: 'done' }),
    ];
    await recordSeenTickets(store.db, ADMIN.id, 1, tickets, NOW);
    await recordSeenTickets(store.db, AGENT.id, 1, tickets.slice(0, 3), NOW);
    const list = (params: object, user = AGENT) => listStoredTickets(store.db, user, { ...params }, null);

    expect((await list({})).data.map((t) => t.id).sort()).toEqual([1, 2]);
    expect(
      (await list({ user: 'visible', orderby: 'state', order: 'asc' })).data.map((t) => t.state),
    ).toEqual(['open', 'invited', 'rejected']);
    expect((await list({ user: 'unassigned' })).data.map((t) => t.id)).toEqual([3]);
    expect((await list({ user: 'visible', state: ['open', 'done'] })).total).toBe(1);
    expect((await list({ user: 'all' }, ADMIN)).total).toBe(4);
    // At or before: a ticket starting exactly at the bound is in.
    const startsBy = async (iso: string) =>
      (await list({ user: 'visible', started_before: Date.parse(iso) })).data.map((t) => t.id).sort();
    expect(await startsBy('2026-01-02T10:00:00Z')).toEqual([1, 2, 3]);
    expect(await startsBy('2026-01-02T09:59:59Z')).toEqual([1, 2]);
    expect(await startsBy('2026-01-01T09:59:59Z')).toEqual([]);
    await expect(list({ user: 'all' })).rejects.toBeInstanceOf(StoreListForbidden);
    for (const search of ['0622093530', '06 22 09 35 30', '+33 6 22 09 35 30', 'lea fournier', 'LÉA']) {
      expect(
        (await list({ user: 'visible', search })).data.map((t) => t.id),
        search,
      ).toEqual([1]);
    }
    expect((await list({ user: 'visible', search: 'ecran' })).data.map((t) => t.id)).toEqual([2]);
    expect((await list({ user: 'visible', search: '100%_' })).total).toBe(0);
    const page = await list({ user: 'visible', limit: 2, offset: 0, orderby: 'id', order: 'asc' });
    expect(page).toMatchObject({ total: 3, next_offset: 2 });
  });
});
