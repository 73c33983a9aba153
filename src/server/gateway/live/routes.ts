/** `GET /events`: the signed-in user's live events as server-sent events (see contract/live.ts). */
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { LIVE_EVENTS_PATH, LIVE_RESUME_PARAM, type LiveEvent } from '../../../contract/live.ts';
import type { GatewayDeps } from '../deps.ts';
import { errorResponse, type GatewayEnv } from '../http.ts';
import { endSession, readSession } from '../session.ts';
import type { Session } from '../sessionCookie.ts';
import type { LiveHub } from './hub.ts';
import { REVOCATION_CACHE_MS } from '../sessionRevocations.ts';

const SESSION_ENDED = JSON.stringify({ type: 'session.ended' } satisfies LiveEvent);

export type LiveRouteOptions = {
  /** When a user's stream opens and closes (the lead's sync starts and stops with them). */
  onConnect?: (session: Session) => void;
  onDisconnect?: (session: Session) => void;
  /** A comment line this often keeps proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
  /** How long the browser waits before reconnecting after a drop (default 3 s). */
  retryMs?: number;
  /**
   * How often an open stream asks whether its session was revoked on another replica (default
   * REVOCATION_CACHE_MS); a revocation on this replica ends its streams at once.
   */
  revocationCheckMs?: number;
};

const MAX_EVENT_ID_LENGTH = 200;
/** setTimeout's largest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function registerLiveRoutes(
  app: Hono<GatewayEnv>,
  deps: GatewayDeps,
  hub: LiveHub,
  {
    onConnect,
    onDisconnect,
    heartbeatMs = 15_000,
    retryMs = 3_000,
    revocationCheckMs = REVOCATION_CACHE_MS,
  }: LiveRouteOptions = {},
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
      // Signed out (here or everywhere): the stream says so last (the page goes to the sign-in) and ends.
      let sessionEnded = false;
      const endIfRevoked = async () => {
        if (sessionEnded || !(await deps.revocations?.isRevoked(session))) return;
        sessionEnded = true;
        connection.close();
      };
      const check = () => void endIfRevoked().catch(() => {});
      const revocationCheck = setInterval(check, revocationCheckMs);
      const stopListening = deps.revocations?.onRevoked((userId) => {
        if (userId === session.userId) check();
      });
      // The idle deadline of the cookie this stream opened with: it ends, and the browser's reconnect
      // brings the cookie it has now (re-sealed by the requests since) to the guard.
      const idleAt = session.lastUsedAt + deps.sessionIdleMs - deps.now();
      const idle = setTimeout(connection.close, Math.max(0, Math.min(MAX_TIMER_MS, idleAt)));
      onConnect?.(session);
      try {
        await stream.write(`retry: ${retryMs}\n\n`);
        for await (const { id, event } of connection.messages) {
          if (stream.aborted) break;
          await stream.writeSSE({ id, data: JSON.stringify(event) });
        }
        if (sessionEnded && !stream.aborted) await stream.writeSSE({ data: SESSION_ENDED });
      } finally {
        clearInterval(heartbeat);
        clearInterval(revocationCheck);
        clearTimeout(idle);
        stopListening?.();
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
