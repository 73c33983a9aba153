import type { MediaStatus } from '../../../contract/enums.ts';
import type { DownloadMediasParams, ListMediasParams } from '../../../contract/requests.ts';
import type { CurrentUser } from '../context.ts';
import { ApiError } from '../http/errors.ts';

/** The filters shared by the media list and the zip download (`ids` only comes with the zip). */
export type MediaFilters = Omit<ListMediasParams, 'offset' | 'limit'> &
  Pick<Partial<DownloadMediasParams>, 'ids'>;

export const DEFAULT_MEDIA_STATUSES: readonly MediaStatus[] = ['completed'];

export interface SqlFragment {
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

/** `%` and `_` typed by the user are literal characters in a LIKE pattern. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * WHERE and ORDER BY over `medias m` for one ticket's medias. `user=all` is for admins only (403);
 * without `user`, every author's medias of the ticket are listed. `group` keeps medias whose author
 * belongs to that user group. `search` needs every word to appear in the title, description or tags.
 */
export function mediaFilterSql(ticketId: number, filters: MediaFilters, user: CurrentUser): SqlFragment {
  if (filters.user === 'all' && user.role !== 'admin') {
    throw ApiError.forbidden('Only an administrator may list the medias of every user (user=all)');
  }
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
    const pattern = likePattern(word);
    add(
      "(m.title LIKE ? ESCAPE '\\' OR m.description LIKE ? ESCAPE '\\' OR m.tags LIKE ? ESCAPE '\\')",
      pattern,
      pattern,
      pattern,
    );
  }
  if (filters.ids) add(`m.id IN (${filters.ids.map(() => '?').join(',')})`, ...filters.ids);

  const direction = filters.order === 'asc' ? 'ASC' : 'DESC';
  const column = ORDER_COLUMNS[filters.orderby ?? 'date'];
  return { where: conditions.join(' AND '), args, orderBy: `${column} ${direction}, m.id ${direction}` };
}
