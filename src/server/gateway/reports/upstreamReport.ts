/**
 * The supervision report as upstream answers it, kept per user and per view (the query as sent) for
 * UPSTREAM_REPORT_TTL_MS: a reload, a second tab or the page's second call for the previous period
 * within that time costs no call. Beside it the SPA keeps each view five minutes (REPORT_STALE_MS).
 */
import type { Kysely } from 'kysely';
import type { GatewayDeps } from '../deps.ts';
import { relayRebuilt, relayResponse } from '../forwarding.ts';
import type { GatewayContext } from '../http.ts';
import { forwardAsUser } from '../proxy.ts';
import { cachedBody, keepBody } from '../serving/responseCache.ts';
import type { Session } from '../sessionCookie.ts';
import type { StoreSchema } from '../store/schema.ts';

/** A minute: short enough that the page's refresh button soon shows new numbers. */
export const UPSTREAM_REPORT_TTL_MS = 60_000;

const REPORT_PATHS = '%/tickets/report%';

/** The user's report answers older than their lifetime go, so custom ranges do not pile up. */
async function dropExpired(db: Kysely<StoreSchema>, userId: number, now: number): Promise<void> {
  await db
    .deleteFrom('store_response_cache')
    .where('user_id', '=', userId)
    .where('path', 'like', REPORT_PATHS)
    .where('fetched_at', '<', now - UPSTREAM_REPORT_TTL_MS)
    .execute();
}

export async function upstreamReport(
  c: GatewayContext,
  deps: GatewayDeps,
  db: Kysely<StoreSchema>,
  session: Session,
  pathAndQuery: string,
): Promise<Response> {
  const cached = await cachedBody(deps, session.userId, pathAndQuery, UPSTREAM_REPORT_TTL_MS);
  if (cached !== null) {
    return c.newResponse(cached, 200, {
      'content-type': 'application/json; charset=utf-8',
      'x-served-from': 'upstream',
      'x-upstream-cache': 'hit',
    });
  }
  const upstream = await forwardAsUser(c, deps, session, pathAndQuery);
  if (!(upstream instanceof Response)) return upstream.refusal;
  if (upstream.status !== 200) return relayResponse(c, upstream);
  const body = await upstream.text();
  await dropExpired(db, session.userId, deps.now());
  await keepBody(deps, session.userId, pathAndQuery, body);
  c.header('X-Served-From', 'upstream');
  return relayRebuilt(c, upstream, body);
}
