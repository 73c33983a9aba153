/**
 * `GET /api/v3/tickets` for a signed-in user: from the store once their first sync is done; until
 * then from upstream when upstream can express the filters (and what it answers fills the store),
 * else from what the store has so far, saying how far the sync got (`X-Store-Sync: synced/total`).
 */
import type { Hono } from 'hono';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import type { Extension } from '../../../contract/extensions.ts';
import { serviceListSchema, ticketListSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { ALL_SERVICES, listTicketsParamsSchema, type ListTicketsParams } from '../../../contract/requests.ts';
import type { GatewayDeps } from '../deps.ts';
import { relayRebuilt, relayResponse } from '../forwarding.ts';
import { badRequest, errorResponse, type GatewayContext, type GatewayEnv } from '../http.ts';
import { forwardAsUser, sessionOf } from '../proxy.ts';
import type { Session } from '../sessionCookie.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { pageJson, storedTicketPage, StoreListForbidden } from '../store/listTickets.ts';
import { publishRecorded } from '../store/publishChanges.ts';
import { recordSeenTickets } from '../store/tickets.ts';
import { isAdmin } from '../store/users.ts';
import { verifiedProfile } from './verifiedProfile.ts';
import { apiPath, UpstreamTimeoutError, UpstreamUnreachableError } from '../upstreamCall.ts';
import { cachedBody, DIRECTORY_TTL_MS, keepBody } from './responseCache.ts';

/** The filters a documented-only upstream cannot answer. */
function needsExtensions(params: ListTicketsParams): Extension[] {
  const needed: Extension[] = [];
  if (params.state !== undefined) needed.push('stateFilter');
  if (params.started_before !== undefined) needed.push('startedBeforeFilter');
  if (params.user === 'visible' || params.user === 'unassigned') needed.push('userScopes');
  if (params.service === ALL_SERVICES) needed.push('allServices');
  return needed;
}

/** The enterprise's default service (what a list without `service` means), from the user's cache or upstream. */
export async function defaultServiceKey(
  c: GatewayContext,
  deps: GatewayDeps,
  session: Session,
): Promise<string | null | Response> {
  const path = apiPath(apiPaths.enterpriseServices(session.enterpriseId));
  let text = await cachedBody(deps, session.userId, path, DIRECTORY_TTL_MS);
  if (text === null) {
    const upstream = await forwardAsUser(c, deps, session, path, 'GET');
    if (!(upstream instanceof Response)) return upstream.refusal;
    if (upstream.status !== 200) return relayResponse(c, upstream);
    text = await upstream.text();
    await keepBody(deps, session.userId, path, text);
  }
  const services = serviceListSchema.safeParse(JSON.parse(text));
  return services.success ? (services.data.data.find((service) => service.default)?.key ?? null) : null;
}

async function fromUpstream(
  c: GatewayContext,
  deps: GatewayDeps,
  store: GatewayStore,
  session: Session,
): Promise<Response> {
  const url = new URL(c.req.url);
  const upstream = await forwardAsUser(c, deps, session, `${url.pathname}${url.search}`);
  if (!(upstream instanceof Response)) return upstream.refusal;
  if (upstream.status !== 200) return relayResponse(c, upstream);
  const text = await upstream.text();
  const list = ticketListSchema.safeParse(JSON.parse(text));
  if (list.success) {
    const result = await recordSeenTickets(
      store.db,
      session.userId,
      session.enterpriseId,
      list.data.data,
      deps.now(),
    );
    await publishRecorded(store.db, store.live, result);
  }
  return relayRebuilt(c, upstream, text);
}

/** How long a list only the store can answer waits for the user's first sync (then: what is there). */
const FIRST_SYNC_WAIT_MS = 5_000;

export function registerTicketList(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  app.get(apiPath(apiPaths.tickets), async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const query = Object.fromEntries(
      [...new URL(c.req.url).searchParams].filter(([, value]) => value !== ''),
    );
    const parsed = listTicketsParamsSchema.safeParse(query);
    if (!parsed.success) return badRequest(c, issuesToFieldErrors(parsed.error.issues));
    const params = parsed.data;
    // Session links are made per request upstream: never stored.
    if (params.scope !== undefined) return fromUpstream(c, deps, store, session);
    const profile = await verifiedProfile(c, deps, session);
    if (profile instanceof Response) return profile;

    await store.sync.settle(session.userId);
    if (!(await store.sync.isCurrent(session.userId))) {
      const upstreamHas = await deps.extensions.forToken(session.token);
      const upstreamCan = needsExtensions(params).every((name) => upstreamHas.includes(name));
      // Only the store can answer: a first visit's sync (its stream opening with this page) gets a
      // moment to finish, so a small set is whole rather than empty.
      if (!upstreamCan) await store.sync.untilCurrent(session.userId, FIRST_SYNC_WAIT_MS);
      if (store.upstreamReachable() && upstreamCan) {
        try {
          return await fromUpstream(c, deps, store, session);
        } catch (error) {
          if (!(error instanceof UpstreamUnreachableError || error instanceof UpstreamTimeoutError))
            throw error;
        }
      }
      // Upstream down: what the store has, said to be possibly out of date.
      if (!store.upstreamReachable()) c.header('X-Store-Stale', 'true');
    }
    const sync = await store.sync.status(session.userId);
    let serviceKey: string | null = null;
    if (params.service === undefined) {
      const key = await defaultServiceKey(c, deps, session);
      if (key instanceof Response) return key;
      serviceKey = key;
    }
    try {
      const user = { id: session.userId, enterpriseId: session.enterpriseId, isAdmin: isAdmin(profile) };
      const page = await storedTicketPage(store.db, user, params, serviceKey);
      c.header('X-Served-From', 'store');
      if (!sync.done) c.header('X-Store-Sync', `${sync.synced}/${sync.total ?? '?'}`);
      return c.body(pageJson(page), 200, { 'Content-Type': 'application/json' });
    } catch (error) {
      if (error instanceof StoreListForbidden) return errorResponse(c, 403, error.message);
      throw error;
    }
  });
}
