import { Hono, type Context } from 'hono';
import {
  createTicketParamsSchema,
  listTicketsParamsSchema,
  updateTicketParamsSchema,
} from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { readParams } from '../http/params.ts';
import { createTicket } from './create.ts';
import { listTickets } from './list.ts';
import { presentTicket, wantsLinks } from './present.ts';
import { deleteTicket, updateTicket } from './update.ts';

const TICKETS = '/tickets';
const TICKET = '/tickets/:id';

/** List, create, read, update and delete tickets, below the API base. */
export function ticketRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();

  app.get(TICKETS, async (c) => {
    const params = await readParams(c, listTicketsParamsSchema);
    return c.json(listTickets(c.get('deps').db, c.get('user'), params));
  });

  app.post(TICKETS, async (c) => {
    const params = await readParams(c, createTicketParamsSchema);
    const { db, now } = c.get('deps');
    const id = createTicket(db, c.get('user'), params, now());
    return c.json(presentTicket(db, id, { links: wantsLinks(params.scope) }));
  });

  app.get(TICKET, (c) => {
    const ticket = loadVisibleTicket(c);
    const scope = c.req.query('scope');
    return c.json(presentTicket(c.get('deps').db, ticket.id, { links: wantsLinks(scope) }));
  });

  const update = async (c: Context<ApizeeEnv>) => {
    const ticket = loadVisibleTicket(c);
    const params = await readParams(c, updateTicketParamsSchema, { keepEmpty: true });
    const { db, now } = c.get('deps');
    updateTicket(db, c.get('user'), ticket, params, now());
    return c.body(null, 204);
  };
  app.put(TICKET, update);
  app.patch(TICKET, update);

  app.delete(TICKET, (c) => {
    if (c.get('user').role === 'agent') throw ApiError.forbidden('Agents may not delete tickets');
    const ticket = loadVisibleTicket(c);
    const { db, now } = c.get('deps');
    deleteTicket(db, ticket, now());
    return c.body(null, 204);
  });

  return app;
}
