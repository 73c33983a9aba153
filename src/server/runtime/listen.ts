/** Starting and stopping a Node HTTP server around a fetch handler. */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type FetchHandler = Parameters<typeof serve>[0]['fetch'];

export type RunningServer = {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  /** The address listened on, e.g. 127.0.0.1 or 0.0.0.0. */
  address: string;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
};

/** Listens on `hostname`, this machine only unless told otherwise (HOST). */
export function listen(fetch: FetchHandler, port: number, hostname = '127.0.0.1'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info: AddressInfo) => {
      const host = hostname !== '0.0.0.0' && hostname !== '::' ? hostname : '127.0.0.1';
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        port: info.port,
        address: info.address,
        close: (graceMs = 5_000) => closeGracefully(server as Server, graceMs),
      });
    });
    server.once('error', reject);
  });
}

function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Long downloads must not hold the process forever.
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
