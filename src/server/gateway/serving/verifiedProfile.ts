/**
 * The signed-in user's profile for answers served from the store, read again upstream (`users/me`,
 * one call) when older than PROFILE_REVERIFY_MS: so a token revoked upstream stops reading the store
 * within that time, and changed rights are followed.
 */
import { apiPaths } from '../../../contract/paths.ts';
import type { User } from '../../../contract/models.ts';
import { keepProfile, readMe } from '../auth.ts';
import type { GatewayDeps } from '../deps.ts';
import { relayResponse } from '../forwarding.ts';
import { errorResponse, type GatewayContext } from '../http.ts';
import { forwardAsUser } from '../proxy.ts';
import type { Session } from '../sessionCookie.ts';
import { loadProfile } from '../store/users.ts';
import { apiPath } from '../upstreamCall.ts';

export const PROFILE_REVERIFY_MS = 15 * 60_000;

export async function verifiedProfile(
  c: GatewayContext,
  deps: GatewayDeps,
  session: Session,
): Promise<User | Response> {
  const store = deps.store;
  const stored = store && (await loadProfile(store.db, session.userId));
  if (stored && deps.now() - stored.at < PROFILE_REVERIFY_MS) return stored.user;
  const me = await forwardAsUser(c, deps, session, apiPath(apiPaths.me), 'GET');
  if (!(me instanceof Response)) return me.refusal;
  if (me.status !== 200) return relayResponse(c, me);
  const user = await readMe(deps, me);
  if (!user) return errorResponse(c, 502, 'The Apizee API gave an unexpected answer');
  await keepProfile(deps, user);
  return user;
}
