/** Bodies stream through the gateway both ways, over real HTTP, for both kinds of upstream. */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../runtime/listen.ts';
import { createTestGateway, XHR } from './testSupport.ts';
import { embeddedUpstream, remoteUpstream, type Upstream } from './upstream.ts';

const CHUNK = 256 * 1024;

/** A promise with its resolver, to hold a stream open until the test says so. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

function withTimeout<T>(promise: Promise<T>, what: string, ms = 5_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms).unref()),
  ]);
}

function slowUpstreamApp() {
  const state = { responseFinished: false, upstreamGotFirstChunk: gate(), releaseResponse: gate() };
  const app = new Hono();
  app.get('/api/v3/medias/1/download', (c) => {
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(CHUNK).fill(1));
        await state.releaseResponse.opened;
        for (let i = 0; i < 16; i += 1) controller.enqueue(new Uint8Array(CHUNK).fill(2));
        state.responseFinished = true;
        controller.close();
      },
    });
    return c.body(body, 200, { 'Content-Type': 'video/mp4' });
  });
  app.post('/api/v3/uploads', async (c) => {
    const reader = c.req.raw.body!.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      state.upstreamGotFirstChunk.open();
    }
    return c.json({ received });
  });
  return { app, state };
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<number> {
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return total;
    total += value.byteLength;
  }
}

describe.each(['embedded', 'remote'] as const)('streaming with an %s upstream', (kind) => {
  const { app: upstreamApp, state } = slowUpstreamApp();
  let upstreamServer: RunningServer | undefined;
  let gatewayServer: RunningServer;
  let cookie: string;

  beforeAll(async () => {
    let upstream: Upstream;
    if (kind === 'remote') {
      upstreamServer = await listen(upstreamApp.fetch, 0, '127.0.0.1');
      upstream = remoteUpstream(upstreamServer.url);
    } else {
      upstream = embeddedUpstream((request) => upstreamApp.fetch(request));
    }
    const gateway = createTestGateway(upstream);
    cookie = gateway.sessionCookie('tok-stream');
    gatewayServer = await listen(gateway.app.fetch, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await gatewayServer.close(100);
    await upstreamServer?.close(100);
  });

  it('delivers the first bytes of a download before upstream has finished it', async () => {
    const response = await withTimeout(
      fetch(`${gatewayServer.url}/api/v3/medias/1/download`, { headers: { Cookie: cookie } }),
      'response headers of the download',
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await withTimeout(reader.read(), 'first bytes of the download');
    expect(first.value!.byteLength).toBeGreaterThan(0);
    expect(state.responseFinished).toBe(false);

    state.releaseResponse.open();
    const rest = await readAll(reader);
    expect(first.value!.byteLength + rest).toBe(17 * CHUNK);
    expect(state.responseFinished).toBe(true);
  });

  it('delivers the first bytes of an upload before the browser has finished sending it', async () => {
    const browserMaySendTheRest = gate();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(CHUNK).fill(3));
        await browserMaySendTheRest.opened;
        controller.enqueue(new Uint8Array(CHUNK).fill(4));
        controller.close();
      },
    });
    const responsePromise = fetch(`${gatewayServer.url}/api/v3/uploads`, {
      method: 'POST',
      headers: { ...XHR, Cookie: cookie, 'Content-Type': 'application/octet-stream' },
      body,
      duplex: 'half',
    } as RequestInit);
    await withTimeout(state.upstreamGotFirstChunk.opened, 'upstream receiving the first bytes of the upload');
    browserMaySendTheRest.open();
    const response = await withTimeout(responsePromise, 'upload response');
    expect(await response.json()).toEqual({ received: 2 * CHUNK });
  });
});
