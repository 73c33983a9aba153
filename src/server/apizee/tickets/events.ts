import type { EventName, EventSource } from '../../../contract/enums.ts';
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
