/** The session cookie on the wire: reading, starting and ending a session. */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps, type GatewayContext } from './http.ts';
import { SESSION_COOKIE, type Session, type SessionSealer } from './sessionCookie.ts';

export type SessionLookup =
  { state: 'valid'; session: Session } | { state: 'missing' } | { state: 'invalid' };

/** Requests whose session the guard refused (revoked, idle): every route then reads it as invalid. */
const refused = new WeakSet<GatewayContext>();

/** The session of this request is refused: its cookie is cleared and no route will serve it. */
export function refuseSession(c: GatewayContext): void {
  refused.add(c);
  endSession(c);
}

export function readSession(c: GatewayContext, sealer: SessionSealer, now: number): SessionLookup {
  if (refused.has(c)) return { state: 'invalid' };
  return openSession(c, sealer, now);
}

/** The cookie's session whatever the guard said of it (sign-out still revokes its upstream token). */
export function openSession(c: GatewayContext, sealer: SessionSealer, now: number): SessionLookup {
  const sealed = getCookie(c, SESSION_COOKIE);
  if (!sealed) return { state: 'missing' };
  const session = sealer.unseal(sealed, now);
  return session ? { state: 'valid', session } : { state: 'invalid' };
}

function cookieAttributes(c: GatewayContext) {
  return { path: '/', httpOnly: true, sameSite: 'Strict', secure: isHttps(c) } as const;
}

export function startSession(
  c: GatewayContext,
  sealer: SessionSealer,
  session: Session,
  maxAgeSeconds: number,
) {
  setCookie(c, SESSION_COOKIE, sealer.seal(session), { ...cookieAttributes(c), maxAge: maxAgeSeconds });
}

export function endSession(c: GatewayContext): void {
  deleteCookie(c, SESSION_COOKIE, cookieAttributes(c));
}
