import crypto from 'node:crypto';
import type { TicketState, TicketType } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import { tokenSecret } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

/** A ticket row joined with its service, agent, group and requestor. */
interface TicketViewRow {
  id: number;
  state: TicketState;
  type: TicketType;
  subject: string;
  reference: string;
  description: string;
  language: string;
  start_time: number;
  end_time: number;
  duration: number;
  reminder: number | null;
  created: number;
  modified: number;
  service_key: string | null;
  service_name: string | null;
  agent_id: number | null;
  agent_username: string | null;
  agent_firstname: string | null;
  agent_lastname: string | null;
  group_id: number | null;
  group_name: string | null;
  requestor_id: number | null;
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

function stringList(json: string | null): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

function toTicket(row: TicketViewRow): Ticket {
  return {
    id: row.id,
    state: row.state,
    type: row.type,
    subject: row.subject,
    reference: row.reference,
    description: row.description,
    language: row.language,
    service: row.service_key !== null ? { key: row.service_key, name: row.service_name ?? '' } : null,
    agent:
      row.agent_id !== null
        ? {
            id: row.agent_id,
            username: row.agent_username ?? '',
            firstname: row.agent_firstname ?? '',
            lastname: row.agent_lastname ?? '',
          }
        : null,
    group: row.group_id !== null ? { id: row.group_id, name: row.group_name ?? '' } : null,
    requestor:
      row.requestor_id !== null
        ? {
            id: row.requestor_id,
            name: row.r_name,
            firstname: row.r_firstname,
            company: row.r_company,
            gender: row.r_gender,
            country: row.r_country,
            email: stringList(row.r_emails),
            phone: stringList(row.r_phones),
          }
        : null,
    start_time: formatApiDate(row.start_time),
    end_time: formatApiDate(row.end_time),
    duration: row.duration,
    reminder: row.reminder,
    created: formatApiDate(row.created),
    modified: formatApiDate(row.modified),
  };
}

/** Links of the video session, made stable per ticket without storing them. */
function sessionLinks(db: Database, ticketId: number): NonNullable<Ticket['links']> {
  const room = crypto
    .createHmac('sha256', tokenSecret(db))
    .update(`room:${ticketId}`)
    .digest('base64url')
    .slice(0, 22);
  const base = `https://visio.apizee.invalid/rooms/${room}`;
  return { agent_url: `${base}?role=agent`, guest_url: `${base}?role=guest` };
}

/** `scope` is space- or comma-separated; `sso` asks for the session links. */
export function wantsLinks(scope: string | undefined): boolean {
  return (scope ?? '').split(/[\s,]+/).includes('sso');
}

/** The API objects of the given ticket ids, in the same order (ids that do not exist are skipped). */
export function presentTickets(
  db: Database,
  ids: readonly number[],
  options: { links?: boolean } = {},
): Ticket[] {
  if (ids.length === 0) return [];
  const placeholders = ids.map(() => '?').join(',');
  const rows = statement(db, `${TICKET_VIEW_SQL} WHERE t.id IN (${placeholders})`).all(
    ...ids,
  ) as TicketViewRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const ticket = toTicket(row);
    if (options.links) ticket.links = sessionLinks(db, id);
    return [ticket];
  });
}

export function presentTicket(db: Database, id: number, options: { links?: boolean } = {}): Ticket {
  const [ticket] = presentTickets(db, [id], options);
  if (!ticket) throw new Error(`ticket ${id} vanished`);
  return ticket;
}
