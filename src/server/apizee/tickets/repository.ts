/** SQL of tickets: rows, writes, the joined view the API presents and the search index (lists: listQuery.ts). */
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

export function maxTicketId(db: Database): number {
  return (statement(db, 'SELECT MAX(id) FROM tickets').pluck().get() as number | null) ?? 0;
}

/** The columns a new ticket is written with (`options` is JSON; `deleted_at` starts null). */
export type NewTicketRow = Omit<TicketRow, 'id' | 'options' | 'deleted_at'> & { options?: string };

export function insertTicket(db: Database, row: NewTicketRow): number {
  return Number(
    statement(
      db,
      `INSERT INTO tickets (enterprise_id, state, type, subject, reference, description, language, service_id,
         agent_id, group_id, requestor_id, start_time, end_time, duration, reminder, options, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.enterprise_id,
      row.state,
      row.type,
      row.subject,
      row.reference,
      row.description,
      row.language,
      row.service_id,
      row.agent_id,
      row.group_id,
      row.requestor_id,
      row.start_time,
      row.end_time,
      row.duration,
      row.reminder,
      row.options ?? '{}',
      row.created,
      row.modified,
    ).lastInsertRowid,
  );
}

/** The columns an update may change. */
export type TicketChanges = Partial<
  Pick<TicketRow, 'state' | 'agent_id' | 'group_id' | 'subject' | 'reference' | 'description' | 'modified'>
>;

export function updateTicketRow(db: Database, ticketId: number, changes: TicketChanges): void {
  const columns = Object.keys(changes);
  statement(db, `UPDATE tickets SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(
    ...Object.values(changes),
    ticketId,
  );
}

export function softDeleteTicketRow(
  db: Database,
  ticketId: number,
  deletedAt: number,
  modified: number,
): void {
  statement(db, 'UPDATE tickets SET deleted_at = ?, modified = ? WHERE id = ?').run(
    deletedAt,
    modified,
    ticketId,
  );
}

// The API view

/** A ticket row joined with its service, agent, group and requestor. */
export interface TicketViewRow extends Pick<
  TicketRow,
  | 'id'
  | 'state'
  | 'type'
  | 'subject'
  | 'reference'
  | 'description'
  | 'language'
  | 'start_time'
  | 'end_time'
  | 'duration'
  | 'reminder'
  | 'created'
  | 'modified'
  | 'agent_id'
  | 'group_id'
  | 'requestor_id'
> {
  service_key: string | null;
  service_name: string | null;
  agent_username: string | null;
  agent_firstname: string | null;
  agent_lastname: string | null;
  group_name: string | null;
  r_name: string | null;
  r_firstname: string | null;
  r_company: string | null;
  r_gender: string | null;
  r_country: string | null;
  r_emails: string | null;
  r_phones: string | null;
}

const TICKET_VIEW_SQL = `SELECT t.id, t.state, t.type, t.subject, t.reference, t.description, t.language,
    t.start_time, t.end_time, t.duration, t.reminder, t.created, t.modified,
    s.key AS service_key, s.name AS service_name,
    t.agent_id, a.username AS agent_username, a.firstname AS agent_firstname, a.lastname AS agent_lastname,
    t.group_id, g.name AS group_name,
    t.requestor_id, r.name AS r_name, r.firstname AS r_firstname, r.company AS r_company,
    r.gender AS r_gender, r.country AS r_country, r.emails AS r_emails, r.phones AS r_phones
  FROM tickets t
  LEFT JOIN services s ON s.id = t.service_id
  LEFT JOIN users a ON a.id = t.agent_id
  LEFT JOIN user_groups g ON g.id = t.group_id
  LEFT JOIN contacts r ON r.id = t.requestor_id`;

/** The view rows of the given ticket ids, in no particular order. */
export function findTicketViewRows(db: Database, ids: readonly number[]): TicketViewRow[] {
  if (ids.length === 0) return [];
  const placeholders = ids.map(() => '?').join(',');
  return statement(db, `${TICKET_VIEW_SQL} WHERE t.id IN (${placeholders})`).all(...ids) as TicketViewRow[];
}

// The search index: one FTS5 row per ticket (rowid = ticket id)

/** What the search of tickets looks at. */
export interface SearchDocument {
  subject: string;
  reference: string;
  description: string;
  requestor: string;
  emails: string;
  phones: string;
}

/** A ticket's searchable fields as stored: `emails` and `phones` are JSON arrays, `description` HTML. */
export function findSearchSource(db: Database, ticketId: number): SearchDocument | undefined {
  return statement(
    db,
    `SELECT t.subject, t.reference, t.description,
       trim(coalesce(r.firstname, '') || ' ' || coalesce(r.name, '') || ' ' || coalesce(r.company, '')) AS requestor,
       coalesce(r.emails, '[]') AS emails, coalesce(r.phones, '[]') AS phones
     FROM tickets t LEFT JOIN contacts r ON r.id = t.requestor_id WHERE t.id = ?`,
  ).get(ticketId) as SearchDocument | undefined;
}

/** Writes a search row; `doc` holds plain text (see `searchDocument`). */
export function insertSearchRow(db: Database, ticketId: number, doc: SearchDocument): void {
  statement(
    db,
    'INSERT INTO tickets_fts (rowid, subject, reference, description, requestor, emails, phones) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(ticketId, doc.subject, doc.reference, doc.description, doc.requestor, doc.emails, doc.phones);
}

export function removeSearchRow(db: Database, ticketId: number): void {
  statement(db, 'DELETE FROM tickets_fts WHERE rowid = ?').run(ticketId);
}
