import type { Context, Hono } from 'hono';
import { API_BASE } from '../../../contract/paths.ts';
import {
  createTicketParamsSchema,
  listTicketsParamsSchema,
  updateTicketParamsSchema,
} from '../../../contract/requests.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { statement } from '../db/statements.ts';
import { ApiError } from '../http/errors.ts';
import { nextModified } from './repository.ts';
import { readParams } from '../http/params.ts';
import { createTicket } from './create.ts';
import { listTickets } from './list.ts';
import { presentTicket, wantsLinks } from './present.ts';
import { removeFromIndex } from './searchIndex.ts';
import { updateTicket } from './update.ts';

const TICKETS = `${API_BASE}/tickets`;
const TICKET = `${API_BASE}/tickets/:id`;

export function registerTicketRoutes(app: Hono<ApizeeEnv>): void {
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
    db.transaction(() => {
      statement(db, 'UPDATE tickets SET deleted_at = ?, modified = ? WHERE id = ?').run(
        now(),
        nextModified(ticket.modified, now()),
        ticket.id,
      );
      removeFromIndex(db, ticket.id);
    })();
    return c.body(null, 204);
  });
}
