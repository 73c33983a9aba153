/**
 * Requests whose body arrives late, over real HTTP: the headers go at once, the server's handler starts
 * reading the body, the test changes the database meanwhile, and only then is the body sent. This is
 * how a client on a slow link races another writer.
 */
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** Names the request whose body the server must announce when the handler first reads it. */
const GATE_HEADER = 'x-test-body-gate';

type FetchHandler = (request: Request, env?: unknown) => Response | Promise<Response>;

export interface SlowBodyAnswer {
  status: number;
  body: string;
}

export interface SlowBodyServer {
  /**
   * Sends `method path` with its headers, waits until the handler reads the body, runs `meanwhile`,
   * then sends `body`. Fails when the server answers before it asked for the body.
   */
  send(
    method: string,
    path: string,
    request: { headers: Record<string, string>; body: string },
    meanwhile: () => void | Promise<void>,
  ): Promise<SlowBodyAnswer>;
  close(): Promise<void>;
}

/**
 * The request as the app sees it, its body replaced by a stream that pulls nothing until the app
 * reads it (high-water mark 0), and says so on its first pull.
 */
function announcingBody(request: Request, onFirstRead: () => void): Request {
  const source = request.body!.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        onFirstRead();
        const { done, value } = await source.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => source.cancel(reason),
    },
    { highWaterMark: 0 },
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}

export async function serveSlowBodies(fetch: FetchHandler): Promise<SlowBodyServer> {
  const readers = new Map<string, () => void>();
  const server = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: (request, env) => {
      const announce = readers.get(request.headers.get(GATE_HEADER) ?? '');
      return announce && request.body ? fetch(announcingBody(request, announce), env) : fetch(request, env);
    },
  });
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  let next = 0;

  return {
    async send(method, path, { headers, body }, meanwhile) {
      const gate = String(++next);
      const bodyRead = new Promise<'read'>((resolve) => readers.set(gate, () => resolve('read')));
      const client = http.request({
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, 'content-length': Buffer.byteLength(body), [GATE_HEADER]: gate },
      });
      client.flushHeaders();
      const answer = (async (): Promise<SlowBodyAnswer> => {
        const [response] = (await once(client, 'response')) as [http.IncomingMessage];
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        return { status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') };
      })();
      try {
        const first = await Promise.race([bodyRead, answer.then(() => 'answered' as const)]);
        if (first === 'answered') {
          const early = await answer;
          client.destroy();
          throw new Error(`answered ${early.status} before reading the body: ${early.body}`);
        }
        await meanwhile();
        client.end(body);
        return await answer;
      } finally {
        readers.delete(gate);
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
