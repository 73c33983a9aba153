/** `POST /tickets/{id}/invitation` below the API base. */
import { Hono } from 'hono';
import { invitationParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { readParams } from '../http/params.ts';
import { notifyTicketChange } from '../webhooks/ticketChanges.ts';
import { sendInvitation } from './invite.ts';

export function invitationRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  // Who may invite is who may update the ticket (PUT /tickets/{id}): anyone who sees it.
  app.post('/tickets/:id/invitation', async (c) => {
    const ticket = loadVisibleTicket(c);
    const params = await readParams(c, invitationParamsSchema);
    const deps = c.get('deps');
    sendInvitation(deps.db, c.get('user'), ticket, params, deps.now());
    notifyTicketChange(deps, 'update', ticket.id);
    return c.body(null, 204);
  });
  return app;
}
