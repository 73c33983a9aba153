import type { LiveEvent } from '../../../contract/live.ts';
import { rateLimitedFor } from '../rateLimit.ts';
import { getLiveStatus, updateLiveStatus } from './liveStatus.ts';
import { openLiveSource } from './liveSource.ts';
import { noteLiveEvent } from './useLiveUpdates.ts';

/** Enough of EventSource to drive the source from the test. */
class FakeEventSource {
  static CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string; lastEventId: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
}

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the live source', () => {
  it('passes on valid events only and says when it is up or down', () => {
    const events: LiveEvent[] = [];
    const states: string[] = [];
    const close = openLiveSource({ onEvent: (e) => events.push(e), onConnection: (s) => states.push(s) });
    const source = FakeEventSource.opened[0]!;
    expect(source.url).toBe('/events');
    source.onopen!();
    source.onmessage!({ data: '{"type":"ticket.deleted","ticketId":4}', lastEventId: 'a-1' });
    source.onmessage!({ data: '{"type":"from.the.future"}', lastEventId: 'a-2' });
    source.onmessage!({ data: 'not json', lastEventId: 'a-3' });
    expect(events).toEqual([{ type: 'ticket.deleted', ticketId: 4 }]);
    source.readyState = 0; // EventSource retrying by itself
    source.onerror!();
    expect(states).toEqual(['open', 'down']);
    expect(FakeEventSource.opened).toHaveLength(1);
    close();
    expect(source.closed).toBe(true);
  });

  it('opens a new one after a failure for good, resuming from the last id, with a growing pause', () => {
    const close = openLiveSource({ onEvent: () => {}, onConnection: () => {} });
    const first = FakeEventSource.opened[0]!;
    first.onmessage!({ data: '{"type":"ready"}', lastEventId: 'e-7' });
    first.readyState = FakeEventSource.CLOSED;
    first.onerror!();
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const second = FakeEventSource.opened[1]!;
    expect(second.url).toBe('/events?lastEventId=e-7');
    second.readyState = FakeEventSource.CLOSED;
    second.onerror!();
    vi.advanceTimersByTime(3_999);
    expect(FakeEventSource.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.opened).toHaveLength(3);
    close();
    FakeEventSource.opened[2]!.readyState = FakeEventSource.CLOSED;
    FakeEventSource.opened[2]!.onerror!();
    vi.advanceTimersByTime(120_000);
    expect(FakeEventSource.opened).toHaveLength(3);
  });
});

describe('what events tell the status', () => {
  beforeEach(() =>
    updateLiveStatus({ connection: 'open', currentAt: null, sync: null, upstreamReachable: true }),
  );

  it('keeps the sync progress until done, and whether upstream is reachable', () => {
    noteLiveEvent({ type: 'sync.progress', synced: 1200, total: 5000, done: false }, 1_000);
    expect(getLiveStatus()).toMatchObject({ sync: { synced: 1200, total: 5000 }, currentAt: 1_000 });
    noteLiveEvent({ type: 'sync.progress', synced: 5000, total: 5000, done: true });
    expect(getLiveStatus().sync).toBeNull();
    noteLiveEvent({ type: 'upstream', reachable: false, since: 0 });
    expect(getLiveStatus().upstreamReachable).toBe(false);
  });

  it('pauses polling until the budget resets when it is spent, at most a minute', () => {
    const now = Date.now();
    noteLiveEvent({ type: 'budget', remaining: 4, limit: 10, resetAt: now + 30_000 }, now);
    expect(rateLimitedFor()).toBe(0);
    noteLiveEvent({ type: 'budget', remaining: 0, limit: 10, resetAt: now + 600_000 }, now);
    expect(rateLimitedFor()).toBeGreaterThan(59_000);
    expect(rateLimitedFor()).toBeLessThanOrEqual(60_000);
  });
});
