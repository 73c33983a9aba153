import type { Ticket, TicketEvent } from '../../../contract/models.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { Database } from '../db/database.ts';
import { listTicketMediaRows } from '../medias/repository.ts';
import { toApiMedia, type ApiMedia } from '../medias/mediaRows.ts';
import { presentTicket } from '../tickets/present.ts';
import { listTicketEvents } from '../events/events.ts';

/** Everything an export holds: the ticket, its medias (metadata) and, when asked, its timeline. */
export interface TicketExport {
  exported_at: string;
  ticket: Ticket;
  medias: ApiMedia[];
  events?: TicketEvent[];
}

export function loadTicketExport(
  db: Database,
  ticketId: number,
  options: { timeline: boolean; now: number; thumbnails: boolean },
): TicketExport {
  const data: TicketExport = {
    exported_at: formatApiDate(options.now),
    ticket: presentTicket(db, ticketId),
    medias: listTicketMediaRows(db, ticketId).map((row) =>
      toApiMedia(row, { thumbnails: options.thumbnails }),
    ),
  };
  if (options.timeline) data.events = listTicketEvents(db, ticketId);
  return data;
}
