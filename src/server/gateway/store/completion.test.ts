import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTicket } from '../../../test/samples.ts';
import { inferredCompletion, nextCompletion } from './completion.ts';
import type { StoreDatabase } from './database.ts';
import { openTestStore, STORE_KINDS, stopTestPostgres } from './testing/stores.ts';
import { applyTicketWebhook, recordSeenTickets } from './tickets.ts';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-12-01T12:00:00Z');
const END = '2026-01-01T10:30:00+00:00';

afterAll(() => stopTestPostgres());

describe('completion rules', () => {
  const copy = (state: string, modified: string, end: string | null = END) => ({
    state,
    modified: at(modified),
    end_time: end === null ? null : at(end),
  });

  it('first seen resolved: the planned end, or modified when earlier; unresolved: none', () => {
    expect(inferredCompletion(copy('done', '2026-01-03T08:00:00Z'))).toBe(at(END));
    expect(inferredCompletion(copy('closed', '2026-01-09T08:00:00Z'))).toBe(at(END));
    expect(inferredCompletion(copy('done', '2026-01-01T10:10:00Z'))).toBe(at('2026-01-01T10:10:00Z'));
    expect(inferredCompletion(copy('done', '2026-01-03T08:00:00Z', null))).toBe(at('2026-01-03T08:00:00Z'));
    expect(inferredCompletion(copy('open', '2026-01-03T08:00:00Z'))).toBeNull();
  });

  it('seen happen: the copy that first shows done; other changes keep the last completion', () => {
    const done = copy('done', '2026-01-02T08:00:00Z');
    expect(nextCompletion({ state: 'inprogress', completed: null }, done)).toBe(done.modified);
    expect(nextCompletion({ state: 'done', completed: 5 }, done)).toBe(5);
    expect(nextCompletion({ state: 'done', completed: 5 }, copy('closed', '2026-01-04T08:00:00Z'))).toBe(5);
    expect(nextCompletion({ state: 'done', completed: 5 }, copy('open', '2026-01-04T08:00:00Z'))).toBe(5);
    expect(nextCompletion({ state: 'open', completed: 5 }, done)).toBe(done.modified);
    expect(
      nextCompletion({ state: 'inprogress', completed: null }, copy('closed', '2026-01-04T08:00:00Z')),
    ).toBeNull();
  });
});

describe.each(STORE_KINDS)('completions kept by the %s store', (kind) => {
  let store: StoreDatabase;
  beforeEach(async () => {
    store = await openTestStore(kind);
  });
  afterEach(async () => {
    await store.close();
  });
  const completed = async (id: number) =>
    (
      await store.db
        .selectFrom('store_tickets')
        .select('completed')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).completed;

  it('from answers: inferred when first seen done, the change seen in a later answer, kept when closed', async () => {
    await recordSeenTickets(
      store.db,
      1,
      1,
      [sampleTicket(1, { state: 'done', modified: '2026-01-05T00:00:00+00:00' })],
      NOW,
    );
    expect(await completed(1)).toBe(at(END));
    await recordSeenTickets(store.db, 1, 1, [sampleTicket(2)], NOW);
    expect(await completed(2)).toBeNull();
    await recordSeenTickets(
      store.db,
      1,
      1,
      [sampleTicket(2, { state: 'done', modified: '2026-01-02T09:00:00+00:00' })],
      NOW,
    );
    expect(await completed(2)).toBe(at('2026-01-02T09:00:00Z'));
    await recordSeenTickets(
      store.db,
      1,
      1,
      [sampleTicket(2, { state: 'closed', modified: '2026-01-04T09:00:00+00:00' })],
      NOW,
    );
    expect(await completed(2)).toBe(at('2026-01-02T09:00:00Z'));
    // An older answer changes nothing.
    await recordSeenTickets(
      store.db,
      1,
      1,
      [sampleTicket(2, { state: 'open', modified: '2026-01-01T09:30:00+00:00' })],
      NOW,
    );
    expect(await completed(2)).toBe(at('2026-01-02T09:00:00Z'));
  });

  it('from webhooks: a state change to done, and again after a reopening, and with a reassignment', async () => {
    await recordSeenTickets(store.db, 1, 1, [sampleTicket(3)], NOW);
    const hook = (state: string, modified: string, agentId?: number) =>
      applyTicketWebhook(
        store.db,
        { ticketId: 3, enterpriseId: 1, state, modified: at(modified), agentId },
        NOW,
      );
    await hook('done', '2026-01-02T09:00:00Z');
    expect(await completed(3)).toBe(at('2026-01-02T09:00:00Z'));
    await hook('open', '2026-01-03T09:00:00Z');
    expect(await completed(3)).toBe(at('2026-01-02T09:00:00Z'));
    await hook('done', '2026-01-04T09:00:00Z', 7);
    expect(await completed(3)).toBe(at('2026-01-04T09:00:00Z'));
  });
});
