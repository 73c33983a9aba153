import type { Ticket } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { Database } from '../db/database.ts';
import { findTicketViewRows, type TicketViewRow } from './repository.ts';

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

/** The session links of a ticket (see invitations/links.ts). */
export type TicketLinker = (ticketId: number) => NonNullable<Ticket['links']>;

/** `scope` is space- or comma-separated; `sso` asks for the session links. */
export function wantsLinks(scope: string | undefined): boolean {
  return (scope ?? '').split(/[\s,]+/).includes('sso');
}

/** The API objects of the given ticket ids, in the same order (ids that do not exist are skipped). */
export function presentTickets(
  db: Database,
  ids: readonly number[],
  options: { links?: TicketLinker | undefined } = {},
): Ticket[] {
  if (ids.length === 0) return [];
  const rows = findTicketViewRows(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const ticket = toTicket(row);
    if (options.links) ticket.links = options.links(id);
    return [ticket];
  });
}

export function presentTicket(
  db: Database,
  id: number,
  options: { links?: TicketLinker | undefined } = {},
): Ticket {
  const [ticket] = presentTickets(db, [id], options);
  if (!ticket) throw new Error(`ticket ${id} vanished`);
  return ticket;
}
