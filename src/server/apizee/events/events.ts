import type { EventName, EventSource } from '../../../contract/enums.ts';
import type { TicketEvent } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export const INSERT_EVENT_SQL =
  'INSERT INTO ticket_events (ticket_id, event_name, timestamp, source, data) VALUES (?, ?, ?, ?, ?)';

/** `data.agent` of ticket events: who acted. */
export function agentEventData(user: Pick<CurrentUser, 'email' | 'phone' | 'firstname' | 'lastname'>) {
  return { email: user.email, phone: user.phone, firstname: user.firstname, lastname: user.lastname };
}

export function appendEvent(
  db: Database,
  ticketId: number,
  eventName: EventName,
  source: EventSource,
  timestamp: number,
  data: Record<string, unknown>,
): void {
  statement(db, INSERT_EVENT_SQL).run(ticketId, eventName, timestamp, source, JSON.stringify(data));
}

interface EventRow {
  id: number;
  event_name: string;
  timestamp: number;
  source: EventSource;
  data: string;
}

/** `data` is stored as JSON text; anything but a JSON object (or unreadable text) reads as `{}`. */
function parseData(json: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(json);
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** A ticket's timeline in time order, as `GET /tickets/{id}/events` lists it and the exports print it. */
export function listTicketEvents(db: Database, ticketId: number): TicketEvent[] {
  const rows = statement(
    db,
    'SELECT id, event_name, timestamp, source, data FROM ticket_events WHERE ticket_id = ? ORDER BY timestamp, id',
  ).all(ticketId) as EventRow[];
  return rows.map((row) => ({
    id: row.id,
    eventName: row.event_name,
    timestamp: formatApiDate(row.timestamp),
    source: row.source,
    data: parseData(row.data),
  }));
}
