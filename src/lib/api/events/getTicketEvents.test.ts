import { getTicketEvents, MAX_EVENT_PAGES } from './getTicketEvents.ts';

const event = (id: number | string) => ({
  id,
  eventName: 'ticket.new',
  timestamp: '2026-01-01T10:00:00+00:00',
  source: 'system',
  data: {},
});

/** A fake upstream holding `count` events, paging them by `offset`/`limit` (capped at `pageCap`). */
function pagingUpstream(count: number, pageCap: number, options: { nextOffset?: boolean } = {}) {
  const urls: URL[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    const url = new URL(input, 'http://localhost');
    urls.push(url);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 10), pageCap);
    const ids = Array.from(
      { length: Math.max(0, Math.min(limit, count - offset)) },
      (_, i) => offset + i + 1,
    );
    const body: Record<string, unknown> = { data: ids.map((id) => event(String(id))), total: count };
    if (options.nextOffset) body.next_offset = offset + ids.length < count ? offset + ids.length : null;
    return Promise.resolve(Response.json(body));
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('getTicketEvents', () => {
  it('asks once when everything comes back at once (the documented {data, total})', async () => {
    const urls = pagingUpstream(42, 100);
    const events = await getTicketEvents(1);
    expect(events.data).toHaveLength(42);
    expect(events.total).toBe(42);
    expect(urls).toHaveLength(1);
    expect(urls[0]?.searchParams.get('limit')).toBe('100');
  });

  it('fetches the remaining pages when total is larger than the page', async () => {
    const urls = pagingUpstream(25, 10);
    const events = await getTicketEvents(1);
    expect(events.data.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(urls.map((url) => url.searchParams.get('offset'))).toEqual([null, '10', '20']);
  });

  it('follows next_offset when upstream gives it, and stops at its null', async () => {
    const urls = pagingUpstream(15, 10, { nextOffset: true });
    const events = await getTicketEvents(1);
    expect(events.data).toHaveLength(15);
    expect(urls).toHaveLength(2);
  });

  it('stops when a page brings nothing, even if total promised more', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (input: string) => {
      urls.push(input);
      const data = urls.length === 1 ? [event(1), event(2)] : [];
      return Promise.resolve(Response.json({ data, total: 10 }));
    });
    const events = await getTicketEvents(1);
    expect(events.data).toHaveLength(2);
    expect(urls).toHaveLength(2);
  });

  it('never asks more than MAX_EVENT_PAGES pages', async () => {
    const urls = pagingUpstream(100_000, 1);
    const events = await getTicketEvents(1);
    expect(urls).toHaveLength(MAX_EVENT_PAGES);
    expect(events.data).toHaveLength(MAX_EVENT_PAGES);
  });
});
