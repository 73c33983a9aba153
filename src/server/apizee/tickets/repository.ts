import type { TicketState, TicketType } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

/** A row of the `tickets` table. */
export interface TicketRow {
  id: number;
  enterprise_id: number;
  state: TicketState;
  type: TicketType;
  subject: string;
  reference: string;
  description: string;
  language: string;
  service_id: number | null;
  agent_id: number | null;
  group_id: number | null;
  requestor_id: number | null;
  start_time: number;
  end_time: number;
  duration: number;
  reminder: number | null;
  options: string;
  created: number;
  modified: number;
  deleted_at: number | null;
}

export function findTicketRow(db: Database, id: number): TicketRow | undefined {
  return statement(db, 'SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
}

/**
 * The next `modified` of a ticket: now, but at least one second after the previous value, because
 * the API shows whole seconds and a client must see that the ticket changed.
 */
export function nextModified(previous: number, now: number): number {
  return Math.max(now, (Math.floor(previous / 1000) + 1) * 1000);
}
