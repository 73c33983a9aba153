/** `GET /events` over real HTTP: who gets what, heartbeats, resuming, and ending cleanly. */
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../contract/live.ts';
import { sampleTicket } from '../../../test/samples.ts';
import { listen, type RunningServer } from '../../runtime/listen.ts';
import { captureLogs, createTestGateway } from '../testSupport.ts';
import { embeddedUpstream } from '../upstream.ts';
import { createLiveHub, type LiveHub } from './hub.ts';
import { createMemoryFeed, type MemoryFeedOptions } from './memoryFeed.ts';
import type { LiveRouteOptions } from './routes.ts';

type Frame = { id?: string; data?: string; retry?: string; comment?: string };

function withTimeout<T>(promise: Promise<T>, what: string, ms = 3_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref()),
  ]);
}

/** A minimal reader of the event-stream format, frame by frame. */
function sseReader(response: Response) {
  // Made on first read, so a test can still read an error response's body as JSON.
  let decoded: ReadableStreamDefaultReader<string> | undefined;
  const reader = {
    read: () => (decoded ??= response.body!.pipeThrough(new TextDecoderStream()).getReader()).read(),
    cancel: () => (decoded ?? response.body!).cancel(),
  };
  let buffer = '';
  const frames: Frame[] = [];
  let ended = false;
  async function fill() {
    while (!buffer.includes('\n\n')) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        return;
      }
      buffer += value;
    }
    const [block = '', ...rest] = buffer.split('\n\n');
    buffer = rest.join('\n\n');
    const frame: Frame = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) frame.comment = line.slice(1).trim();
      const [field = '', ...value] = line.split(': ');
      if (field === 'id' || field === 'data' || field === 'retry') frame[field] = value.join(': ');
    }
    frames.push(frame);
  }
  return {
    /** The next frame that is not a comment nor the retry hint, skipping `ready` unless asked. */
    async next(what: string, { keepReady = false } = {}): Promise<{ id?: string; event: LiveEvent }> {
      for (;;) {
        await withTimeout(fill(), what);
        if (ended) throw new Error(`stream ended before ${what}`);
        const frame = frames.at(-1)!;
        if (frame.data === undefined) continue;
        const event = JSON.parse(frame.data) as LiveEvent;
        if (event.type === 'ready' && !keepReady) continue;
        return { id: frame.id, event };
      }
    },
    async nextFrame(what: string): Promise<Frame> {
      await withTimeout(fill(), what);
      if (ended) throw new Error(`stream ended before ${what}`);
      return frames.at(-1)!;
    },
    /** Resolves when the server ends the stream. */
    async end(what: string): Promise<void> {
      while (!ended) await withTimeout(fill(), what);
    },
    cancel: () => reader.cancel(),
  };
}

const nothingUpstream = embeddedUpstream(() => new Response('not here', { status: 404 }));

let running: { server: RunningServer; hub: LiveHub } | undefined;
afterEach(async () => {
  running?.hub.close();
  await running?.server.close(100);
  running = undefined;
});

async function start(live: LiveRouteOptions = {}, feed: MemoryFeedOptions = {}) {
  const hub = createLiveHub({ feed: createMemoryFeed(feed), logger: captureLogs().logger });
  const gateway = createTestGateway(nothingUpstream, undefined, { liveHub: hub, live });
  const server = await listen(gateway.app.fetch, 0, '127.0.0.1');
  running = { server, hub };
  const cookieOf = (userId: number) => gateway.sessionCookie('tok', undefined, { userId, enterpriseId: 1 });
  const open = async (userId: number, headers: Record<string, string> = {}, query = '') => {
    const response = await fetch(`${server.url}/events${query}`, {
      headers: { Cookie: cookieOf(userId), ...headers },
    });
    return { response, stream: sseReader(response) };
  };
  /** A stream that is registered with the hub (its `ready` has come). */
  const connected = async (userId: number, headers: Record<string, string> = {}, query = '') => {
    const opened = await open(userId, headers, query);
    const ready = await opened.stream.next('ready', { keepReady: true });
    return { ...opened, ready };
  };
  return { hub, server, gateway, open, connected };
}

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 3_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('GET /events', () => {
  it('answers 401 in the error shape without a session, and with an expired one', async () => {
    const { server, gateway } = await start();
    const missing = await fetch(`${server.url}/events`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ code: 401, message: 'You are not signed in' });
    const expired = await fetch(`${server.url}/events`, {
      headers: { Cookie: gateway.sessionCookie('tok', Date.now() - 60_000) },
    });
    expect(expired.status).toBe(401);
  });

  it('is an uncompressed, uncached event stream that starts with a retry hint and ready', async () => {
    const { open } = await start({ retryMs: 1234 });
    const { response, stream } = await open(1, { 'Accept-Encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await stream.nextFrame('retry hint')).retry).toBe('1234');
    const ready = await stream.next('ready', { keepReady: true });
    expect(ready.event).toEqual({ type: 'ready' });
    expect(ready.id).toMatch(/\S/);
  });

  it('answers 400 naming Last-Event-ID when it is absurdly long', async () => {
    const { open } = await start();
    const { response } = await open(1, { 'Last-Event-ID': 'x'.repeat(201) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('Last-Event-ID');
  });

  it('delivers an event to the users it names and to no one else', async () => {
    const { hub, connected } = await start();
    const one = await connected(1);
    const two = await connected(2);
    const ticket = sampleTicket(7, { subject: 'Printer on fire' });
    hub.publish([2], { type: 'ticket.updated', ticket });
    hub.publish([1, 2], { type: 'ticket.deleted', ticketId: 8 });
    expect((await two.stream.next('first event for user 2')).event).toEqual({
      type: 'ticket.updated',
      ticket,
    });
    expect((await two.stream.next('second event for user 2')).event).toEqual({
      type: 'ticket.deleted',
      ticketId: 8,
    });
    // User 1's first event is the one for both: the one for user 2 alone never reached them.
    expect((await one.stream.next('event for user 1')).event).toEqual({
      type: 'ticket.deleted',
      ticketId: 8,
    });
  });

  it('sends a heartbeat comment while nothing happens', async () => {
    const { connected } = await start({ heartbeatMs: 50 });
    const { stream } = await connected(1);
    expect((await stream.nextFrame('heartbeat')).comment).toBe('heartbeat');
  });

  it('resumes after Last-Event-ID with what the user missed, in order', async () => {
    const { hub, connected } = await start();
    const first = await connected(1);
    hub.publish([1], { type: 'ticket.deleted', ticketId: 1 });
    const seen = await first.stream.next('event 1');
    await first.stream.cancel();
    hub.publish([1], { type: 'ticket.deleted', ticketId: 2 });
    hub.publish([2], { type: 'ticket.deleted', ticketId: 3 });
    hub.publish([1], { type: 'ticket.deleted', ticketId: 4 });

    const resumed = await connected(1, { 'Last-Event-ID': seen.id! });
    expect(resumed.ready.event.type).toBe('ready');
    expect((await resumed.stream.next('missed 2')).event).toEqual({ type: 'ticket.deleted', ticketId: 2 });
    expect((await resumed.stream.next('missed 4')).event).toEqual({ type: 'ticket.deleted', ticketId: 4 });
    hub.publish([1], { type: 'ticket.deleted', ticketId: 5 });
    expect((await resumed.stream.next('live 5')).event).toEqual({ type: 'ticket.deleted', ticketId: 5 });
  });

  it('resumes from the lastEventId query parameter too (a new EventSource cannot set the header)', async () => {
    const { hub, connected } = await start();
    const { ready } = await connected(1);
    hub.publish([1], { type: 'ticket.deleted', ticketId: 9 });
    const resumed = await connected(1, {}, `?lastEventId=${encodeURIComponent(ready.id!)}`);
    expect((await resumed.stream.next('missed 9')).event).toEqual({ type: 'ticket.deleted', ticketId: 9 });
  });

  it('sends one resync for an id too old or unknown, then carries on from the latest id', async () => {
    const { hub, connected } = await start({}, { maxRecords: 2 });
    const { ready } = await connected(1);
    for (const ticketId of [1, 2, 3]) hub.publish([1], { type: 'ticket.deleted', ticketId });

    const tooOld = await connected(1, { 'Last-Event-ID': ready.id! });
    expect(tooOld.ready.event).toEqual({ type: 'resync' });
    hub.publish([1], { type: 'ticket.deleted', ticketId: 4 });
    const next = await tooOld.stream.next('event after the resync');
    expect(next.event).toEqual({ type: 'ticket.deleted', ticketId: 4 });

    // The resync's id is a good resume point: nothing more is missed from there.
    const again = await connected(1, { 'Last-Event-ID': tooOld.ready.id! });
    expect(again.ready.event).toEqual({ type: 'ready' });
    expect((await again.stream.next('replayed 4')).event).toEqual({ type: 'ticket.deleted', ticketId: 4 });

    const unknown = await connected(1, { 'Last-Event-ID': 'from-another-life' });
    expect(unknown.ready.event).toEqual({ type: 'resync' });
  });

  it('frees the subscription and tells the hooks when the browser goes away', async () => {
    const connects: number[] = [];
    const disconnects: number[] = [];
    const { hub, connected } = await start({
      onConnect: (session) => connects.push(session.userId),
      onDisconnect: (session) => disconnects.push(session.userId),
    });
    const { stream } = await connected(3);
    expect(hub.connectedUsers()).toEqual([3]);
    expect(connects).toEqual([3]);
    await stream.cancel();
    await until(() => hub.connectedUsers().length === 0, 'the subscription freed');
    await until(() => disconnects.length === 1, 'onDisconnect');
    expect(disconnects).toEqual([3]);
  });

  it('ends every stream when the hub closes, so the server stops at once', async () => {
    const { hub, server, connected } = await start();
    const one = await connected(1);
    const two = await connected(2);
    hub.close();
    await one.stream.end('stream 1 ended');
    await two.stream.end('stream 2 ended');
    const started = Date.now();
    // A grace period far longer than the test's timeout: the close must not need it.
    await withTimeout(server.close(60_000), 'server close');
    expect(Date.now() - started).toBeLessThan(1_000);
    running = undefined;
  });

  it('ends the stream when the session expires', async () => {
    const { server, gateway } = await start();
    const response = await fetch(`${server.url}/events`, {
      headers: { Cookie: gateway.sessionCookie('tok', Date.now() + 300) },
    });
    const stream = sseReader(response);
    await stream.next('ready', { keepReady: true });
    await stream.end('the stream ended with the session');
  });
});
