/**
 * Before every route: a session the revocation list names, or one not used for SESSION_IDLE_MINUTES,
 * is refused (its cookie cleared; every route then answers 401 as for an expired one). A session in
 * use has its last use re-sealed into the cookie, at most once a minute: the cookie carries it, so
 * every replica reads the same last use without a write to the store per request.
 */
import type { MiddlewareHandler } from 'hono';
import { LIVE_EVENTS_PATH } from '../../contract/live.ts';
import type { GatewayDeps } from './deps.ts';
import type { GatewayEnv } from './http.ts';
import { readSession, refuseSession, startSession } from './session.ts';
import { SESSION_COOKIE, type Session } from './sessionCookie.ts';

/** How often the last use is re-sealed: the idle timeout is exact to within this. */
export const LAST_USE_REFRESH_MS = 60_000;

export const DEFAULT_SESSION_IDLE_MINUTES = 480;

export function isIdle(session: Session, now: number, idleMs: number): boolean {
  return now - session.lastUsedAt >= idleMs;
}

/** Whether the session may be served now (not idle, not revoked). */
export async function sessionAllowed(deps: GatewayDeps, session: Session): Promise<boolean> {
  if (isIdle(session, deps.now(), deps.sessionIdleMs)) return false;
  return !(await deps.revocations?.isRevoked(session));
}

function setsSessionCookie(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
}

export function sessionGuard(deps: GatewayDeps): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const lookup = readSession(c, deps.sealer, deps.now());
    if (lookup.state !== 'valid') return next();
    const { session } = lookup;
    if (!(await sessionAllowed(deps, session))) {
      refuseSession(c);
      await next();
      // A route answering with a Response of its own (static files) drops the context's headers.
      if (!setsSessionCookie(c.res)) refuseSession(c);
      return;
    }
    await next();
    const now = deps.now();
    // An open live stream is the page listening, not the user using it: it does not keep a session alive.
    const inUse = c.req.path !== LIVE_EVENTS_PATH;
    if (inUse && now - session.lastUsedAt >= LAST_USE_REFRESH_MS && !setsSessionCookie(c.res)) {
      const maxAgeSeconds = Math.floor((session.expiresAt - now) / 1000);
      if (maxAgeSeconds > 0) startSession(c, deps.sealer, { ...session, lastUsedAt: now }, maxAgeSeconds);
    }
  };
}
