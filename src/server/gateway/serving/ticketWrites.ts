/**
 * Writes go upstream first, as the user, through their budget at the highest priority; then the store
 * learns the result at once (a created ticket from the answer, a changed one re-read, a deleted one
 * removed) and every browser that may see the ticket is told.
 */
import type { Hono } from 'hono';
import { apiPaths } from '../../../contract/paths.ts';
import { BudgetExhausted, callAsUser } from '../budget/callAsUser.ts';
import type { GatewayDeps } from '../deps.ts';
import { relayRebuilt, relayResponse } from '../forwarding.ts';
import type { GatewayContext, GatewayEnv } from '../http.ts';
import { forwardAsUser, sessionOf } from '../proxy.ts';
import type { Session } from '../sessionCookie.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { publishRecorded } from '../store/publishChanges.ts';
import { markChanged, recordSeenTickets, removeTicket } from '../store/tickets.ts';
import { apiPath } from '../upstreamCall.ts';

const ID = ':id{[1-9][0-9]{0,14}}';

/** Re-reads a ticket the user just changed; without budget left, the sync re-reads it later. */
async function rereadAfterWrite(deps: GatewayDeps, store: GatewayStore, session: Session, ticketId: number) {
  try {
    const response = await callAsUser(
      deps,
      { userId: session.userId, token: session.token, priority: 'write' },
      apiPath(apiPaths.ticket(ticketId)),
    );
    if (response.status !== 200) {
      await response.body?.cancel();
      store.sync.verify(session.userId, ticketId);
      return;
    }
    const result = await recordSeenTickets(
      store.db,
      session.userId,
      session.enterpriseId,
      [await response.json()],
      deps.now(),
    );
    await publishRecorded(store.db, store.live, result);
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    store.sync.verify(session.userId, ticketId);
  }
}

export function registerTicketWrites(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  app.post(apiPath(apiPaths.tickets), async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const url = new URL(c.req.url);
    const upstream = await forwardAsUser(c, deps, session, `${url.pathname}${url.search}`);
    if (!(upstream instanceof Response)) return upstream.refusal;
    if (upstream.status !== 200) return relayResponse(c, upstream);
    const text = await upstream.text();
    const result = await recordSeenTickets(
      store.db,
      session.userId,
      session.enterpriseId,
      [JSON.parse(text)],
      deps.now(),
    );
    await publishRecorded(store.db, store.live, result);
    return relayRebuilt(c, upstream, text);
  });

  const changed = async (c: GatewayContext) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const ticketId = Number(c.req.param('id'));
    const url = new URL(c.req.url);
    const upstream = await forwardAsUser(c, deps, session, `${url.pathname}${url.search}`);
    if (!(upstream instanceof Response)) return upstream.refusal;
    if (upstream.ok) {
      if (c.req.method === 'DELETE') {
        const audience = await removeTicket(store.db, ticketId);
        store.live.publish(audience, { type: 'ticket.deleted', ticketId });
      } else {
        // The next read of it goes upstream (the browser re-reads what it changed).
        await markChanged(store.db, ticketId, deps.now());
        // Without webhooks nothing else would tell the lists; with them, the change's webhook does.
        if (!store.webhooksWired) await rereadAfterWrite(deps, store, session, ticketId);
      }
    }
    return relayResponse(c, upstream);
  };
  app.on(['PUT', 'PATCH', 'DELETE'], apiPath(`/tickets/${ID}`), (c) => changed(c));
  app.post(apiPath(`/tickets/${ID}/invitation`), (c) => changed(c));
}
