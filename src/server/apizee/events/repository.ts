/** All SQL of ticket events (the timeline). */
import type { EventName, EventSource } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

export interface EventRow {
  id: number;
  event_name: string;
  timestamp: number;
  source: EventSource;
  /** JSON text. */
  data: string;
}

export function appendEvent(
  db: Database,
  ticketId: number,
  eventName: EventName,
  source: EventSource,
  timestamp: number,
  data: Record<string, unknown>,
): void {
  statement(
    db,
    'INSERT INTO ticket_events (ticket_id, event_name, timestamp, source, data) VALUES (?, ?, ?, ?, ?)',
  ).run(ticketId, eventName, timestamp, source, JSON.stringify(data));
}

/** A ticket's events in time order. */
export function listEventRows(db: Database, ticketId: number): EventRow[] {
  return statement(
    db,
    'SELECT id, event_name, timestamp, source, data FROM ticket_events WHERE ticket_id = ? ORDER BY timestamp, id',
  ).all(ticketId) as EventRow[];
}

export function hasEvent(db: Database, ticketId: number, eventName: EventName): boolean {
  return (
    statement(db, 'SELECT 1 FROM ticket_events WHERE ticket_id = ? AND event_name = ? LIMIT 1').get(
      ticketId,
      eventName,
    ) !== undefined
  );
}

/** An event with the agent and enterprise of its ticket. */
export interface TicketEventRow {
  ticket_id: number;
  event_name: string;
  timestamp: number;
  data: string;
  agent_id: number | null;
  enterprise_id: number;
}

/**
 * The events named `eventNames` of the tickets with ids in [firstId, lastId], by ticket then time.
 * The unary + keeps SQLite on the (ticket_id, ...) index: before ANALYZE it would pick the event-name
 * index and rescan every matching event for each window.
 */
export function listEventsOfTicketRange(
  db: Database,
  firstId: number,
  lastId: number,
  eventNames: readonly string[],
): TicketEventRow[] {
  return statement(
    db,
    `SELECT e.ticket_id, e.event_name, e.timestamp, e.data, t.agent_id, t.enterprise_id
      FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
      WHERE e.ticket_id BETWEEN ? AND ? AND +e.event_name IN (${eventNames.map(() => '?').join(',')})
      ORDER BY e.ticket_id, e.timestamp, e.id`,
  ).all(firstId, lastId, ...eventNames) as TicketEventRow[];
}

/** The time of a ticket's first `openedBy` event and of its first event among `closedBy` (null when none). */
export function firstEventTimes(
  db: Database,
  ticketId: number,
  openedBy: string,
  closedBy: readonly string[],
): { opened: number | null; closed: number | null } {
  return statement(
    db,
    `SELECT MIN(CASE WHEN event_name = ? THEN timestamp END) AS opened,
       MIN(CASE WHEN event_name IN (${closedBy.map(() => '?').join(',')}) THEN timestamp END) AS closed
     FROM ticket_events WHERE ticket_id = ?`,
  ).get(openedBy, ...closedBy, ticketId) as { opened: number | null; closed: number | null };
}
