import { Hono } from 'hono';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { listTicketEvents } from './events.ts';

/** `GET /tickets/{id}/events`, below the API base. */
export function eventRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get('/tickets/:id/events', (c) => {
    const ticket = loadVisibleTicket(c);
    const events = listTicketEvents(c.get('deps').db, ticket.id);
    return c.json({ data: events, total: events.length });
  });
  return app;
}
