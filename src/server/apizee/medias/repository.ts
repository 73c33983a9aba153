/** All SQL of medias. */
import type { MediaSource, MediaStatus, MediaType } from '../../../contract/enums.ts';
import type { Database } from '../db/database.ts';
import { anyColumnContains } from '../db/like.ts';
import { statement } from '../db/statements.ts';
import { DEFAULT_MEDIA_STATUSES, type MediaFilters } from './mediaFilters.ts';

/** A row of `medias` joined with its author's username. */
export interface MediaRow {
  id: number;
  ticket_id: number;
  title: string;
  description: string;
  media_type: MediaType;
  source: MediaSource;
  status: MediaStatus;
  mime_type: string;
  size: number;
  width: number | null;
  height: number | null;
  duration: number | null;
  latitude: number | null;
  longitude: number | null;
  tags: string;
  user_id: number | null;
  user_username: string | null;
  created: number;
  file_path: string | null;
  thumbnail_path: string | null;
}

/** Columns of a `MediaRow`, for queries over `medias m LEFT JOIN users u ON u.id = m.user_id`. */
const MEDIA_ROW_SELECT =
  'SELECT m.*, u.username AS user_username FROM medias m LEFT JOIN users u ON u.id = m.user_id';

export function findMediaRow(db: Database, id: number): MediaRow | undefined {
  return statement(db, `${MEDIA_ROW_SELECT} WHERE m.id = ?`).get(id) as MediaRow | undefined;
}

interface SqlFragment {
  where: string;
  args: unknown[];
  orderBy: string;
}

const ORDER_COLUMNS = {
  date: 'm.created',
  title: 'm.title COLLATE NOCASE',
  size: 'm.size',
  media_type: 'm.media_type',
} as const;

/**
 * WHERE and ORDER BY over `medias m` for one ticket's medias (`checkMediaFilters` comes first).
 * Without `user`, every author's medias of the ticket are listed. `group` keeps medias whose author
 * belongs to that user group. `search` needs every word to appear in the title, description or tags.
 */
function mediaFilterSql(ticketId: number, filters: MediaFilters): SqlFragment {
  const conditions = ['m.ticket_id = ?'];
  const args: unknown[] = [ticketId];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    args.push(...values);
  };

  const statuses = filters.status ?? DEFAULT_MEDIA_STATUSES;
  add(`m.status IN (${statuses.map(() => '?').join(',')})`, ...statuses);
  if (filters.media_type) add('m.media_type = ?', filters.media_type);
  if (filters.source) add('m.source = ?', filters.source);
  if (filters.tag)
    add('EXISTS (SELECT 1 FROM json_each(m.tags) WHERE json_each.value = ? COLLATE NOCASE)', filters.tag);
  if (typeof filters.user === 'number') add('m.user_id = ?', filters.user);
  if (filters.group)
    add('m.user_id IN (SELECT user_id FROM group_members WHERE group_id = ?)', filters.group);
  if (filters.since !== undefined) add('m.created >= ?', filters.since);
  if (filters.until !== undefined) add('m.created < ?', filters.until);
  for (const word of (filters.search ?? '').split(/\s+/).filter(Boolean)) {
    const search = anyColumnContains(['m.title', 'm.description', 'm.tags'], word);
    add(search.sql, ...search.args);
  }
  if (filters.ids) add(`m.id IN (${filters.ids.map(() => '?').join(',')})`, ...filters.ids);

  const direction = filters.order === 'asc' ? 'ASC' : 'DESC';
  const column = ORDER_COLUMNS[filters.orderby ?? 'date'];
  return { where: conditions.join(' AND '), args, orderBy: `${column} ${direction}, m.id ${direction}` };
}

/** One page of a ticket's medias matching `filters`, and the count of all matches. */
export function listMediaRows(
  db: Database,
  ticketId: number,
  filters: MediaFilters,
  page: { offset: number; limit: number },
): { rows: MediaRow[]; total: number } {
  const { where, args, orderBy } = mediaFilterSql(ticketId, filters);
  const total = statement(db, `SELECT COUNT(*) FROM medias m WHERE ${where}`)
    .pluck()
    .get(...args) as number;
  const rows = statement(db, `${MEDIA_ROW_SELECT} WHERE ${where} ORDER BY ${orderBy} LIMIT ? OFFSET ?`).all(
    ...args,
    page.limit,
    page.offset,
  ) as MediaRow[];
  return { rows, total };
}

/** Every media of a ticket matching `filters`, in list order. */
export function listAllMediaRows(db: Database, ticketId: number, filters: MediaFilters): MediaRow[] {
  const { where, args, orderBy } = mediaFilterSql(ticketId, filters);
  return statement(db, `${MEDIA_ROW_SELECT} WHERE ${where} ORDER BY ${orderBy}`).all(...args) as MediaRow[];
}

/** Every media of a ticket whatever its status, oldest first (for exports). */
export function listTicketMediaRows(db: Database, ticketId: number): MediaRow[] {
  return statement(db, `${MEDIA_ROW_SELECT} WHERE m.ticket_id = ? ORDER BY m.created, m.id`).all(
    ticketId,
  ) as MediaRow[];
}

/** The columns a new media is written with. */
export type NewMediaRow = Omit<MediaRow, 'id' | 'user_username'>;

export function insertMedia(db: Database, row: NewMediaRow): number {
  return Number(
    statement(
      db,
      `INSERT INTO medias (ticket_id, title, description, media_type, source, status, mime_type,
      size, width, height, duration, latitude, longitude, tags, user_id, created, file_path, thumbnail_path)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.ticket_id,
      row.title,
      row.description,
      row.media_type,
      row.source,
      row.status,
      row.mime_type,
      row.size,
      row.width,
      row.height,
      row.duration,
      row.latitude,
      row.longitude,
      row.tags,
      row.user_id,
      row.created,
      row.file_path,
      row.thumbnail_path,
    ).lastInsertRowid,
  );
}

/** The live, assigned ticket of the first enterprise with the most snapshots, with their count. */
export function ticketWithMostSnapshots(db: Database):
  | {
      id: number;
      enterprise_id: number;
      agent_id: number;
      start_time: number;
      end_time: number;
      medias: number;
    }
  | undefined {
  return statement(
    db,
    `SELECT t.id, t.enterprise_id, t.agent_id, t.start_time, t.end_time, COUNT(*) AS medias
       FROM medias m JOIN tickets t ON t.id = m.ticket_id
       WHERE t.enterprise_id = (SELECT MIN(id) FROM enterprises) AND t.deleted_at IS NULL AND t.agent_id IS NOT NULL
         AND m.source = 'snapshot'
       GROUP BY t.id ORDER BY medias DESC, t.id LIMIT 1`,
  ).get() as ReturnType<typeof ticketWithMostSnapshots>;
}
