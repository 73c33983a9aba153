/**
 * Directory answers (groups, services, users, contacts) kept per user for a few minutes: they change
 * rarely, every page asks for them, and each upstream call costs the user's budget. Only 200s are
 * kept, and only for the user whose call they answered.
 */
import type { GatewayContext } from '../http.ts';
import type { GatewayDeps } from '../deps.ts';
import { forwardAsUser } from '../proxy.ts';
import type { Session } from '../sessionCookie.ts';
import { relayRebuilt, relayResponse } from '../forwarding.ts';

export const DIRECTORY_TTL_MS = 5 * 60_000;

function jsonResponse(c: GatewayContext, body: string, source: 'store' | 'upstream'): Response {
  return c.newResponse(body, 200, {
    'content-type': 'application/json; charset=utf-8',
    'x-served-from': source,
  });
}

/** The cached body for this user and path, if younger than `ttlMs`. */
export async function cachedBody(
  deps: GatewayDeps,
  userId: number,
  path: string,
  ttlMs: number,
): Promise<string | null> {
  const store = deps.store;
  if (!store) return null;
  const row = await store.db
    .selectFrom('store_response_cache')
    .select(['body', 'fetched_at'])
    .where('user_id', '=', userId)
    .where('path', '=', path)
    .executeTakeFirst();
  return row && deps.now() - row.fetched_at < ttlMs ? row.body : null;
}

export async function keepBody(deps: GatewayDeps, userId: number, path: string, body: string): Promise<void> {
  const store = deps.store;
  if (!store) return;
  const row = { user_id: userId, path, body, fetched_at: deps.now() };
  await store.db
    .insertInto('store_response_cache')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'path']).doUpdateSet({ body, fetched_at: row.fetched_at }),
    )
    .execute();
}

/** Answers a GET from the user's cache, or upstream (then keeps a 200). */
export async function cachedGet(
  c: GatewayContext,
  deps: GatewayDeps,
  session: Session,
  pathAndQuery: string,
  ttlMs = DIRECTORY_TTL_MS,
): Promise<Response> {
  const cached = await cachedBody(deps, session.userId, pathAndQuery, ttlMs);
  if (cached !== null) return jsonResponse(c, cached, 'store');
  const upstream = await forwardAsUser(c, deps, session, pathAndQuery, 'GET');
  if (!(upstream instanceof Response)) return upstream.refusal;
  if (upstream.status !== 200) return relayResponse(c, upstream);
  const body = await upstream.text();
  await keepBody(deps, session.userId, pathAndQuery, body);
  return relayRebuilt(c, upstream, body);
}
