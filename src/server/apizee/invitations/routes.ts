/** `POST /tickets/{id}/invitation` below the API base. */
import { Hono } from 'hono';
import { invitationParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { readParams } from '../http/params.ts';
import { writeVisibleTicket } from '../tickets/ticketWrite.ts';
import { notifyTicketChange } from '../webhooks/ticketChanges.ts';
import { sendInvitation } from './invite.ts';

export function invitationRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  // Who may invite is who may update the ticket (PUT /tickets/{id}): anyone who sees it.
  app.post('/tickets/:id/invitation', async (c) => {
    // Refused at once when it cannot be seen; checked again with the write once the body is in.
    const { id } = loadVisibleTicket(c);
    const params = await readParams(c, invitationParamsSchema);
    const deps = c.get('deps');
    writeVisibleTicket(deps.db, c.get('user').id, id, (user, ticket) =>
      sendInvitation(deps.db, user, ticket, params, deps.now()),
    );
    notifyTicketChange(deps, 'update', id);
    return c.body(null, 204);
  });
  return app;
}
