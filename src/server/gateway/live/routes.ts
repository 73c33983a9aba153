/** `GET /events`: the signed-in user's live events as server-sent events (see contract/live.ts). */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { LIVE_EVENTS_PATH, LIVE_RESUME_PARAM } from '../../../contract/live.ts';
import type { GatewayDeps } from '../deps.ts';
import { errorResponse, type GatewayEnv } from '../http.ts';
import { endSession, readSession } from '../session.ts';
import type { Session } from '../sessionCookie.ts';
import type { LiveHub } from './hub.ts';

export type LiveRouteOptions = {
  /** When a user's stream opens and closes (the lead's sync starts and stops with them). */
  onConnect?: (session: Session) => void;
  onDisconnect?: (session: Session) => void;
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
  /** How long the browser waits before reconnecting after a drop (default 3 s). */
  retryMs?: number;
};

const MAX_EVENT_ID_LENGTH = 200;
/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function registerLiveRoutes(
  app: Hono<GatewayEnv>,
  deps: GatewayDeps,
  hub: LiveHub,
  { onConnect, onDisconnect, heartbeatMs = 15_000, retryMs = 3_000 }: LiveRouteOptions = {},
) {
  app.get(LIVE_EVENTS_PATH, (c) => {
    const lookup = readSession(c, deps.sealer, deps.now());
    if (lookup.state === 'missing') return errorResponse(c, 401, 'You are not signed in');
    if (lookup.state === 'invalid') {
      endSession(c);
      return errorResponse(c, 401, 'Your session has expired, please sign in again');
    }
    const { session } = lookup;
    // EventSource sends the header when it reconnects by itself; a new EventSource can only say it in the URL.
    const lastEventId = c.req.header('last-event-id') ?? c.req.query(LIVE_RESUME_PARAM) ?? undefined;
    if (lastEventId !== undefined && lastEventId.length > MAX_EVENT_ID_LENGTH) {
      return errorResponse(c, 400, `Last-Event-ID is over ${MAX_EVENT_ID_LENGTH} characters`);
    }

    const response = streamSSE(c, async (stream) => {
      const connection = hub.connect(session.userId, lastEventId || undefined);
      stream.onAbort(connection.close);
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      // The stream ends with the session; the browser's reconnect then gets a 401.
      const expiry = setTimeout(connection.close, Math.min(MAX_TIMER_MS, session.expiresAt - deps.now()));
      onConnect?.(session);
      try {
        await stream.write(`retry: ${retryMs}\n\n`);
        for await (const { id, event } of connection.messages) {
          if (stream.aborted) break;
          await stream.writeSSE({ id, data: JSON.stringify(event) });
        }
      } finally {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        connection.close();
        onDisconnect?.(session);
      }
    });
    // Events are for one user and one moment; a buffering proxy (nginx) would hold them back.
    response.headers.set('Cache-Control', 'no-store');
    response.headers.set('X-Accel-Buffering', 'no');
    return response;
  });
}
