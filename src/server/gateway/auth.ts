/**
 * /auth/login, /auth/logout, /auth/logout-everywhere, /auth/session: the password exchange happens
 * here, on the server, and the resulting upstream token goes into the sealed cookie, never to the
 * browser.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { issuesToFieldErrors, type ApiErrorBody } from '../../contract/errors.ts';
import { tokenResponseSchema, userSchema, type User } from '../../contract/models.ts';
import { apiPaths } from '../../contract/paths.ts';
import type { GatewayDeps } from './deps.ts';
import { relayRebuilt, relayResponse } from './forwarding.ts';
import { browserAddress, errorResponse, type GatewayContext, type GatewayEnv } from './http.ts';
import { forwardWithSession, sessionOf } from './proxy.ts';
import { STORE_EXTENSIONS } from './store/gatewayStore.ts';
import { loadProfile, saveProfile } from './store/users.ts';
import { EXTENSIONS, type Extension } from '../../contract/extensions.ts';
import { endSession, openSession, startSession } from './session.ts';
import { newSessionId, type Session } from './sessionCookie.ts';
import { SIGN_OUT_PATHS, type SignOutResult } from '../../contract/signOut.ts';
import { apiPath, callUpstream } from './upstreamCall.ts';

const credentialsSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(255),
  password: z.string().min(1, 'Enter your password').max(1024),
});

const upstreamErrorSchema = z.object({
  message: z.string().optional(),
  error_description: z.string().optional(),
  error: z.string().optional(),
});

async function readJsonBody(c: GatewayContext): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/** Upstream's refusal of the credentials, in the contract's shape whatever upstream's own shape. */
async function credentialsRefused(c: GatewayContext, upstream: Response): Promise<Response> {
  const parsed = upstreamErrorSchema.safeParse(await upstream.json().catch(() => null));
  const upstreamMessage = parsed.success
    ? (parsed.data.message ?? parsed.data.error_description ?? parsed.data.error)
    : undefined;
  return errorResponse(c, 401, upstreamMessage || 'Invalid username or password');
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, accept: 'application/json' };
}

/** Upstream's `users/me` body, or null (logged) when it is not a user the contract knows. */
export async function readMe(deps: GatewayDeps, me: Response): Promise<User | null> {
  const user = userSchema.safeParse(await me.json().catch(() => null));
  if (user.success) return user.data;
  deps.logger.error('unexpected users/me response from upstream', { upstream: deps.upstream.name });
  return null;
}

/**
 * Upstream's `users/me` answer plus `extensions`, the names of our extensions upstream supports (the
 * SPA degrades without the others). The rebuilt body keeps upstream's headers that cross the gateway
 * (rate limit, type), not its length.
 */
async function userWithExtensions(
  c: GatewayContext,
  deps: GatewayDeps,
  me: Response,
  user: User,
  token: string,
): Promise<Response> {
  return relayRebuilt(c, me, JSON.stringify({ ...user, extensions: await extensionsFor(deps, token) }));
}

/** Upstream's extensions, plus the list filters the store answers itself when there is one. */
async function extensionsFor(deps: GatewayDeps, token: string): Promise<Extension[]> {
  const upstream = await deps.extensions.forToken(token);
  if (!deps.store) return upstream;
  return EXTENSIONS.filter((name) => upstream.includes(name) || STORE_EXTENSIONS.includes(name));
}

/** The store keeps who the user is (their rights decide what it serves); new rights mean a new sync. */
export async function keepProfile(deps: GatewayDeps, user: User): Promise<void> {
  const store = deps.store;
  if (!store) return;
  const { rightsChanged } = await saveProfile(store.db, user, deps.now());
  if (rightsChanged) store.sync.refresh(user.id);
}

/** How long `/auth/session` answers from the stored profile before asking upstream again. */
export const PROFILE_TTL_MS = 5 * 60_000;

function unexpectedAnswer(c: GatewayContext): Response {
  return errorResponse(c, 502, 'The Apizee API gave an unexpected answer');
}

export function registerAuthRoutes(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  // Answers about who is signed in must never be served from a cache.
  app.use('/auth/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.post(
    '/auth/login',
    bodyLimit({ maxSize: 16 * 1024, onError: (c) => errorResponse(c, 413, 'The request is too large') }),
    async (c) => {
      const credentials = credentialsSchema.safeParse(await readJsonBody(c));
      if (!credentials.success) {
        const body: ApiErrorBody = {
          code: 400,
          message: 'Send a JSON body with a username and a password',
          errors: issuesToFieldErrors(credentials.error.issues),
        };
        return c.json(body, 400);
      }
      const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
      // Upstream limits sign-ins per client address: give it the browser's, not the gateway's.
      const address = browserAddress(c, deps.trustedProxies);
      if (address) headers.set('x-forwarded-for', address);
      const tokenResponse = await callUpstream(deps, apiPath(apiPaths.token), {
        method: 'POST',
        headers,
        body: JSON.stringify({ grant_type: 'password', ...credentials.data }),
      });
      if (tokenResponse.status === 401) return credentialsRefused(c, tokenResponse);
      if (!tokenResponse.ok) return relayResponse(c, tokenResponse);

      const token = tokenResponseSchema.safeParse(await tokenResponse.json().catch(() => null));
      if (!token.success) {
        deps.logger.error('unexpected token response from upstream', { upstream: deps.upstream.name });
        return unexpectedAnswer(c);
      }
      const { access_token: accessToken, expires_in: expiresIn } = token.data;
      const me = await callUpstream(deps, apiPath(apiPaths.me), { headers: bearer(accessToken) });
      if (me.status !== 200) return relayResponse(c, me);
      const user = await readMe(deps, me);
      if (!user) return unexpectedAnswer(c);
      // That users/me call was the user's too: it counts in their budget.
      await deps.store?.budget.record(user.id, 'read');
      await deps.store?.budget.observe(user.id, me.headers);
      await keepProfile(deps, user);
      const signedInAt = deps.now();
      const session: Session = {
        token: accessToken,
        expiresAt: signedInAt + expiresIn * 1000,
        userId: user.id,
        enterpriseId: user.enterprise_id,
        id: newSessionId(),
        issuedAt: signedInAt,
        lastUsedAt: signedInAt,
      };
      startSession(c, deps.sealer, session, expiresIn);
      // The SPA keeps this answer as its session: it carries `extensions` too.
      return userWithExtensions(c, deps, me, user, accessToken);
    },
  );

  /**
   * Asks upstream to end the token; false when it could not (down, a 5xx, a timeout). Signing out must
   * work even then: the session ends at the gateway whatever this answers.
   */
  async function revokeUpstream(token: string): Promise<boolean> {
    const revoked = await callUpstream(deps, apiPath(apiPaths.revoke), {
      method: 'POST',
      headers: bearer(token),
    }).catch((error: unknown) => error);
    if (revoked instanceof Response) await revoked.body?.cancel().catch(() => {});
    if (revoked instanceof Response && revoked.ok) return true;
    deps.logger.warn('token revocation failed', {
      status: revoked instanceof Response ? revoked.status : undefined,
      error: revoked instanceof Error ? revoked.message : undefined,
    });
    return false;
  }

  const signedOut = (c: GatewayContext, result: SignOutResult) => {
    endSession(c);
    return c.json(result);
  };

  app.post(SIGN_OUT_PATHS.here, async (c) => {
    // Even a session the gateway already refuses still names a token upstream may end.
    const lookup = openSession(c, deps.sealer, deps.now());
    if (lookup.state !== 'valid') return signedOut(c, { upstreamRevoked: true });
    await deps.revocations?.revoke(lookup.session);
    return signedOut(c, { upstreamRevoked: await revokeUpstream(lookup.session.token) });
  });

  app.post(SIGN_OUT_PATHS.everywhere, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const revocations = deps.revocations;
    if (!revocations) return errorResponse(c, 503, 'Signing out everywhere needs the gateway store');
    // Every replica refuses the user's other sessions at their next request; only this token is known here.
    await revocations.revokeAllOf(session.userId);
    return signedOut(c, { upstreamRevoked: await revokeUpstream(session.token) });
  });

  app.get('/auth/session', async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    // Each page load asks who is signed in: a recent profile answers without spending a call.
    const stored = deps.store && (await loadProfile(deps.store.db, session.userId));
    if (stored && deps.now() - stored.at < PROFILE_TTL_MS) {
      return c.json({ ...stored.user, extensions: await extensionsFor(deps, session.token) });
    }
    const me = await forwardWithSession(c, deps, apiPath(apiPaths.me));
    if (me.status !== 200) return me;
    const user = await readMe(deps, me);
    if (!user) return unexpectedAnswer(c);
    await keepProfile(deps, user);
    return userWithExtensions(c, deps, me, user, session.token);
  });
}
