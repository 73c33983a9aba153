import type { Hono } from 'hono';
import { API_BASE } from '../../../contract/paths.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { listTicketEvents } from './events.ts';

export function registerEventRoutes(app: Hono<ApizeeEnv>): void {
  app.get(`${API_BASE}/tickets/:id/events`, (c) => {
    const ticket = loadVisibleTicket(c);
    const events = listTicketEvents(c.get('deps').db, ticket.id);
    return c.json({ data: events, total: events.length });
  });
}
