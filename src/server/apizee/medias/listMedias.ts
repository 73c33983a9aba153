import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';
import { mediaFilterSql, type MediaFilters } from './mediaFilters.ts';
import { MEDIA_ROW_SELECT, type MediaRow } from './mediaRows.ts';

export interface MediaPage {
  rows: MediaRow[];
  total: number;
  nextOffset: number | null;
}

/** One page of a ticket's medias matching `filters`, with the total count of matches. */
export function listMediaPage(
  db: Database,
  ticketId: number,
  filters: MediaFilters,
  user: CurrentUser,
  page: { offset?: number; limit?: number },
): MediaPage {
  const offset = page.offset ?? 0;
  const limit = page.limit ?? LIST_LIMIT_DEFAULT;
  const { where, args, orderBy } = mediaFilterSql(ticketId, filters, user);
  const total = statement(db, `SELECT COUNT(*) FROM medias m WHERE ${where}`)
    .pluck()
    .get(...args) as number;
  const rows = statement(db, `${MEDIA_ROW_SELECT} WHERE ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`).all(
    ...args,
    limit,
    offset,
  ) as MediaRow[];
  return { rows, total, nextOffset: offset + rows.length < total ? offset + limit : null };
}

/** Every media of a ticket matching `filters`, in list order (metadata only: files stay on disk). */
export function listAllMediaRows(
  db: Database,
  ticketId: number,
  filters: MediaFilters,
  user: CurrentUser,
): MediaRow[] {
  const { where, args, orderBy } = mediaFilterSql(ticketId, filters, user);
  return statement(db, `${MEDIA_ROW_SELECT} WHERE ${where} ORDER BY ${orderBy}`).all(...args) as MediaRow[];
}

/** Every media of a ticket whatever its status, oldest first (for exports). */
export function listTicketMediaRows(db: Database, ticketId: number): MediaRow[] {
  return statement(db, `${MEDIA_ROW_SELECT} WHERE m.ticket_id = ? ORDER BY m.created, m.id`).all(
    ticketId,
  ) as MediaRow[];
}
