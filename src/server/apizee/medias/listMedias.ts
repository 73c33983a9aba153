import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { checkMediaFilters, type MediaFilters } from './mediaFilters.ts';
import { listAllMediaRows, listMediaRows, type MediaRow } from './repository.ts';

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
  checkMediaFilters(filters, user);
  const offset = page.offset ?? 0;
  const limit = page.limit ?? LIST_LIMIT_DEFAULT;
  const { rows, total } = listMediaRows(db, ticketId, filters, { offset, limit });
  return { rows, total, nextOffset: offset + rows.length < total ? offset + limit : null };
}

/** Every media of a ticket matching `filters`, in list order (metadata only: files stay on disk). */
export function listVisibleMediaRows(
  db: Database,
  ticketId: number,
  filters: MediaFilters,
  user: CurrentUser,
): MediaRow[] {
  checkMediaFilters(filters, user);
  return listAllMediaRows(db, ticketId, filters);
}
