import { Hono, type Context } from 'hono';
import { createTicketParamsSchema, updateTicketParamsSchema } from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { pathId, readParams } from '../http/params.ts';
import { ticketLinker } from '../invitations/links.ts';
import { notifyTicketChange } from '../webhooks/ticketChanges.ts';
import { createTicket } from './create.ts';
import { listTickets } from './list.ts';
import { listTicketsSchemaFor } from './listParams.ts';
import { presentTicket, wantsLinks } from './present.ts';
import { writeVisibleTicket } from './ticketWrite.ts';
import { deleteTicket, updateTicket } from './update.ts';

const TICKETS = '/tickets';
const TICKET = '/tickets/:id';

/** List, create, read, update and delete tickets, below the API base. */
export function ticketRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();

  app.get(TICKETS, async (c) => {
    const params = await readParams(c, listTicketsSchemaFor(c.get('deps').extensions));
    return c.json(listTickets(c.get('deps').db, c.get('user'), params, ticketLinker(c)));
  });

  app.post(TICKETS, async (c) => {
    const params = await readParams(c, createTicketParamsSchema);
    const deps = c.get('deps');
    const id = createTicket(deps.db, c.get('user'), params, deps.now());
    notifyTicketChange(deps, 'create', id);
    return c.json(
      presentTicket(deps.db, id, { links: wantsLinks(params.scope) ? ticketLinker(c) : undefined }),
    );
  });

  app.get(TICKET, (c) => {
    const ticket = loadVisibleTicket(c);
    const scope = c.req.query('scope');
    const links = wantsLinks(scope) ? ticketLinker(c) : undefined;
    return c.json(presentTicket(c.get('deps').db, ticket.id, { links }));
  });

  const update = async (c: Context<ApizeeEnv>) => {
    // Refused at once when it cannot be seen; checked again with the write once the body is in.
    const { id } = loadVisibleTicket(c);
    const params = await readParams(c, updateTicketParamsSchema, { keepEmpty: true });
    const deps = c.get('deps');
    writeVisibleTicket(deps.db, c.get('user').id, id, (user, ticket) =>
      updateTicket(deps.db, user, ticket, params, deps.now()),
    );
    notifyTicketChange(deps, 'update', id);
    return c.body(null, 204);
  };
  app.put(TICKET, update);
  app.patch(TICKET, update);

  app.delete(TICKET, (c) => {
    if (c.get('user').role === 'agent') throw ApiError.forbidden('Agents may not delete tickets');
    const deps = c.get('deps');
    const id = pathId(c);
    writeVisibleTicket(deps.db, c.get('user').id, id, (user, ticket) => {
      if (user.role === 'agent') throw ApiError.forbidden('Agents may not delete tickets');
      deleteTicket(deps.db, ticket, deps.now());
    });
    notifyTicketChange(deps, 'delete', id);
    return c.body(null, 204);
  });

  return app;
}
