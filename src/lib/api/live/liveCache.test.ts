import { QueryClient, QueryObserver } from '@tanstack/react-query';
import type { ListEnvelope, Media, Ticket } from '../../../contract/models.ts';
import { sampleMedia, sampleTicket } from '../../../test/samples.ts';
import { ticketKeys } from '../queryKeys.ts';
import { createLiveCacheUpdater, LIST_REFRESH_COALESCE_MS } from './liveCache.ts';

const listParams = { limit: 25, offset: 0 };
const otherListParams = { limit: 25, offset: 25 };

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const fetched: string[] = [];
  /** A query that records each fetch, so the test sees what would have gone upstream. */
  const seed = <T>(queryKey: readonly unknown[], data: T) => {
    queryClient.setQueryData(queryKey, data);
    queryClient.setQueryDefaults(queryKey, {
      queryFn: () => {
        fetched.push(JSON.stringify(queryKey));
        return queryClient.getQueryData(queryKey) ?? null;
      },
    });
  };
  seed(ticketKeys.detail(1), { ...sampleTicket(1), links: { agent_url: 'a', guest_url: 'g' } });
  seed(ticketKeys.events(1), { data: [] });
  seed(ticketKeys.medias(1, { limit: 50 }), { data: [sampleMedia(3)], total: 1, next_offset: null });
  seed<ListEnvelope<Ticket>>(ticketKeys.list(listParams), {
    data: [sampleTicket(1), sampleTicket(2)],
    total: 2,
    next_offset: null,
  });
  seed<ListEnvelope<Ticket>>(ticketKeys.list(otherListParams), { data: [], total: 2, next_offset: null });
  /** A screen showing this query (an active observer). */
  const show = (queryKey: readonly unknown[]) =>
    new QueryObserver(queryClient, { queryKey, staleTime: Infinity }).subscribe(() => {});
  const updater = createLiveCacheUpdater(queryClient);
  const isStale = (queryKey: readonly unknown[]) => queryClient.getQueryState(queryKey)?.isInvalidated;
  return { queryClient, fetched, show, updater, isStale };
}

const listed = (queryClient: QueryClient, id: number) =>
  queryClient.getQueryData<ListEnvelope<Ticket>>(ticketKeys.list(listParams))?.data.find((t) => t.id === id);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('live events into the caches', () => {
  it('patches an updated ticket in its detail and its list rows at once, keeping what the event lacks', () => {
    const { queryClient, updater, fetched } = setup();
    updater.apply({
      type: 'ticket.updated',
      ticket: sampleTicket(1, { state: 'inprogress', subject: 'New' }),
    });
    const detail = queryClient.getQueryData<Ticket>(ticketKeys.detail(1));
    expect(detail?.state).toBe('inprogress');
    expect(detail?.subject).toBe('New');
    expect(detail?.links).toEqual({ agent_url: 'a', guest_url: 'g' });
    expect(listed(queryClient, 1)?.subject).toBe('New');
    expect(listed(queryClient, 2)?.subject).toBe('Ticket 2');
    // The detail came with the event: it is fresh and nothing was asked for.
    expect(queryClient.getQueryState(ticketKeys.detail(1))?.isInvalidated).toBe(false);
    expect(fetched).toEqual([]);
  });

  it('marks events and medias stale without fetching them when not on screen', async () => {
    const { updater, fetched, isStale } = setup();
    updater.apply({ type: 'ticket.updated', ticket: sampleTicket(1) });
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    expect(isStale(ticketKeys.events(1))).toBe(true);
    expect(isStale(ticketKeys.medias(1, { limit: 50 }))).toBe(true);
    expect(fetched).toEqual([]);
  });

  it('refetches events and medias that are on screen, and the lists shown once per burst', async () => {
    const { updater, fetched, show, isStale } = setup();
    const unsubscribe = [show(ticketKeys.events(1)), show(ticketKeys.list(listParams))];
    for (const subject of ['a', 'b', 'c']) {
      updater.apply({ type: 'ticket.updated', ticket: sampleTicket(1, { subject }) });
    }
    updater.apply({ type: 'ticket.created', ticket: sampleTicket(9) });
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    const count = (key: readonly unknown[]) => fetched.filter((f) => f === JSON.stringify(key)).length;
    expect(count(ticketKeys.events(1))).toBeGreaterThanOrEqual(1);
    expect(count(ticketKeys.list(listParams))).toBe(1);
    // Not on screen: marked, not fetched.
    expect(count(ticketKeys.list(otherListParams))).toBe(0);
    expect(isStale(ticketKeys.list(otherListParams))).toBe(true);
    expect(count(ticketKeys.medias(1, { limit: 50 }))).toBe(0);
    unsubscribe.forEach((stop) => stop());
  });

  it('drops a deleted ticket from its detail and the lists, and refreshes the lists', async () => {
    const { queryClient, updater, isStale } = setup();
    updater.apply({ type: 'ticket.deleted', ticketId: 1 });
    expect(queryClient.getQueryData(ticketKeys.detail(1))).toBeUndefined();
    expect(listed(queryClient, 1)).toBeUndefined();
    expect(queryClient.getQueryData<ListEnvelope<Ticket>>(ticketKeys.list(listParams))?.total).toBe(1);
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    expect(isStale(ticketKeys.list(listParams))).toBe(true);
  });

  it('invalidates every ticket query once on a resync, and only those', () => {
    const { queryClient, updater, isStale } = setup();
    queryClient.setQueryData(['session'], { user: 1 });
    updater.apply({ type: 'resync' });
    expect(isStale(ticketKeys.detail(1))).toBe(true);
    expect(isStale(ticketKeys.events(1))).toBe(true);
    expect(isStale(ticketKeys.list(listParams))).toBe(true);
    expect(isStale(['session'])).toBe(false);
  });

  it('leaves the caches alone for status events', async () => {
    const { queryClient, updater, isStale } = setup();
    const before = queryClient.getQueryData<Media[]>(ticketKeys.medias(1, { limit: 50 }));
    updater.apply({ type: 'sync.progress', synced: 1, total: 2, done: false });
    updater.apply({ type: 'budget', remaining: 3, limit: 10, resetAt: Date.now() + 1_000 });
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    expect(isStale(ticketKeys.list(listParams))).toBe(false);
    expect(queryClient.getQueryData(ticketKeys.medias(1, { limit: 50 }))).toBe(before);
  });

  it('refreshes the lists once when the first sync is done (they showed only what was there)', async () => {
    const { updater, isStale } = setup();
    updater.apply({ type: 'sync.progress', synced: 20, total: 20, done: true });
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    expect(isStale(ticketKeys.list(listParams))).toBe(true);
    expect(isStale(ticketKeys.detail(1))).toBe(false);
  });

  it('refreshes the lists once a stream is ready: what was published before it opened never comes', async () => {
    const { updater, isStale } = setup();
    updater.apply({ type: 'ready' });
    expect(isStale(ticketKeys.list(listParams))).toBe(false);
    await vi.advanceTimersByTimeAsync(LIST_REFRESH_COALESCE_MS);
    expect(isStale(ticketKeys.list(listParams))).toBe(true);
    expect(isStale(ticketKeys.detail(1))).toBe(false);
  });
});
