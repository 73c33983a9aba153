/** The session cookie on the wire: reading, starting and ending a session. */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps, type GatewayContext } from './http.ts';
import { SESSION_COOKIE, type Session, type SessionSealer } from './sessionCookie.ts';

export type SessionLookup =
  { state: 'valid'; session: Session } | { state: 'missing' } | { state: 'invalid' };

export function readSession(c: GatewayContext, sealer: SessionSealer, now: number): SessionLookup {
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
