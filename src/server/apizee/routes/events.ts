import type { Hono } from 'hono';
import type { EventSource } from '../../../contract/enums.ts';
import type { TicketEvent } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import { API_BASE } from '../../../contract/paths.ts';
import { loadVisibleTicket } from '../auth/visibility.ts';
import type { ApizeeEnv } from '../context.ts';
import { statement } from '../db/statements.ts';

interface EventRow {
  id: number;
  event_name: string;
  timestamp: number;
  source: EventSource;
  data: string;
}

function toEvent(row: EventRow): TicketEvent {
  const data: unknown = JSON.parse(row.data);
  return {
    id: row.id,
    eventName: row.event_name,
    timestamp: formatApiDate(row.timestamp),
    source: row.source,
    data:
      data !== null && typeof data === 'object' && !Array.isArray(data)
        ? (data as Record<string, unknown>)
        : {},
  };
}

export function registerEventRoutes(app: Hono<ApizeeEnv>): void {
  app.get(`${API_BASE}/tickets/:id/events`, (c) => {
    const ticket = loadVisibleTicket(c);
    const rows = statement(
      c.get('deps').db,
      'SELECT id, event_name, timestamp, source, data FROM ticket_events WHERE ticket_id = ? ORDER BY timestamp, id',
    ).all(ticket.id) as EventRow[];
    return c.json({ data: rows.map(toEvent), total: rows.length });
  });
}
