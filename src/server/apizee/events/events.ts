import type { TicketEvent } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { listEventRows } from './repository.ts';

/** `data.agent` of ticket events: who acted. */
export function agentEventData(user: Pick<CurrentUser, 'email' | 'phone' | 'firstname' | 'lastname'>) {
  return { email: user.email, phone: user.phone, firstname: user.firstname, lastname: user.lastname };
}

/** `data` is stored as JSON text; anything but a JSON object (or unreadable text) reads as `{}`. */
export function parseEventData(json: string): Record<string, unknown> {
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
  return listEventRows(db, ticketId).map((row) => ({
    id: row.id,
    eventName: row.event_name,
    timestamp: formatApiDate(row.timestamp),
    source: row.source,
    data: parseEventData(row.data),
  }));
}
