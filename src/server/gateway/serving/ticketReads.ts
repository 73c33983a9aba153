/**
 * A ticket, its events and its medias for a signed-in user: from the store when that user was shown
 * them and they are fresh (events and medias: fetched since the ticket last changed, and not too
 * long ago), else from upstream — whose answer fills the store, or withdraws the ticket from this user
 * when upstream refuses it to them.
 */
import type { Hono } from 'hono';
import { apiPaths } from '../../../contract/paths.ts';
import type { GatewayDeps } from '../deps.ts';
import { relayRebuilt, relayResponse } from '../forwarding.ts';
import type { GatewayContext, GatewayEnv } from '../http.ts';
import { forwardAsUser, sessionOf } from '../proxy.ts';
import type { Session } from '../sessionCookie.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { publishRecorded } from '../store/publishChanges.ts';
import { recordSeenTickets, visibleTicket, withdrawFromUser } from '../store/tickets.ts';
import { apiPath } from '../upstreamCall.ts';
import { verifiedProfile } from './verifiedProfile.ts';

/** Events and medias served from the store at most this long after they were read upstream. */
export const TICKET_PARTS_TTL_MS = 10 * 60_000;

const ID = ':id{[1-9][0-9]{0,14}}';

function storeJson(c: GatewayContext, body: string): Response {
  return c.newResponse(body, 200, {
    'content-type': 'application/json; charset=utf-8',
    'x-served-from': 'store',
  });
}

/** What upstream's refusal means for the store: the ticket is not this user's to see any more. */
async function withdrawOnRefusal(store: GatewayStore, session: Session, ticketId: number, status: number) {
  if (status !== 403 && status !== 404) return;
  if (await withdrawFromUser(store.db, session.userId, ticketId)) {
    store.live.publish([session.userId], { type: 'ticket.deleted', ticketId });
  }
}

/** Reads the ticket upstream as the user and records what it says. */
export async function readTicketUpstream(
  c: GatewayContext,
  deps: GatewayDeps,
  store: GatewayStore,
  session: Session,
  ticketId: number,
  pathAndQuery = apiPath(apiPaths.ticket(ticketId)),
): Promise<Response> {
  const upstream = await forwardAsUser(c, deps, session, pathAndQuery);
  if (!(upstream instanceof Response)) return upstream.refusal;
  if (upstream.status !== 200) {
    await withdrawOnRefusal(store, session, ticketId, upstream.status);
    return relayResponse(c, upstream);
  }
  const text = await upstream.text();
  const raw: unknown = JSON.parse(text);
  const result = await recordSeenTickets(store.db, session.userId, session.enterpriseId, [raw], deps.now());
  await publishRecorded(store.db, store.live, result);
  return relayRebuilt(c, upstream, text);
}

export function registerTicketReads(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  app.get(apiPath(`/tickets/${ID}`), async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const ticketId = Number(c.req.param('id'));
    const url = new URL(c.req.url);
    // Session links (scope=sso) are made upstream per request.
    if (!url.searchParams.has('scope')) {
      const profile = await verifiedProfile(c, deps, session);
      if (profile instanceof Response) return profile;
      const stored = await visibleTicket(store.db, session.userId, ticketId);
      if (stored) return storeJson(c, JSON.stringify(stored));
    }
    return readTicketUpstream(c, deps, store, session, ticketId, `${url.pathname}${url.search}`);
  });

  for (const part of ['events', 'medias'] as const) {
    app.get(apiPath(`/tickets/${ID}/${part}`), async (c) => {
      const session = sessionOf(c, deps);
      if (session instanceof Response) return session;
      const ticketId = Number(c.req.param('id'));
      const url = new URL(c.req.url);
      const kind = `${part}${url.search}`;
      const profile = await verifiedProfile(c, deps, session);
      if (profile instanceof Response) return profile;
      const ticket = await store.db
        .selectFrom('store_tickets as t')
        .innerJoin('store_visibility as v', (join) =>
          join.onRef('v.ticket_id', '=', 't.id').on('v.user_id', '=', session.userId),
        )
        .leftJoin('store_ticket_cache as k', (join) =>
          join.onRef('k.ticket_id', '=', 't.id').on('k.user_id', '=', session.userId).on('k.kind', '=', kind),
        )
        .select(['t.modified', 'k.body', 'k.ticket_modified', 'k.fetched_at'])
        .where('t.id', '=', ticketId)
        .executeTakeFirst();
      if (
        ticket?.body &&
        ticket.ticket_modified === ticket.modified &&
        deps.now() - (ticket.fetched_at ?? 0) < TICKET_PARTS_TTL_MS
      ) {
        return storeJson(c, ticket.body);
      }
      const upstream = await forwardAsUser(c, deps, session, `${url.pathname}${url.search}`);
      if (!(upstream instanceof Response)) return upstream.refusal;
      if (upstream.status !== 200) {
        await withdrawOnRefusal(store, session, ticketId, upstream.status);
        return relayResponse(c, upstream);
      }
      const text = await upstream.text();
      if (ticket) {
        const row = {
          user_id: session.userId,
          ticket_id: ticketId,
          kind,
          body: text,
          ticket_modified: ticket.modified,
          fetched_at: deps.now(),
        };
        await store.db
          .insertInto('store_ticket_cache')
          .values(row)
          .onConflict((conflict) =>
            conflict.columns(['user_id', 'ticket_id', 'kind']).doUpdateSet({
              body: row.body,
              ticket_modified: row.ticket_modified,
              fetched_at: row.fetched_at,
            }),
          )
          .execute();
      }
      return relayRebuilt(c, upstream, text);
    });
  }
}
