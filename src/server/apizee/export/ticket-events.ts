import type { EventSource } from '../../../contract/enums.ts';
import type { TicketEvent } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

interface EventRow {
  id: number;
  event_name: string;
  timestamp: number;
  source: EventSource;
  data: string;
}

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

/** A ticket's timeline in time order, as `GET /tickets/{id}/events` lists it. */
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
