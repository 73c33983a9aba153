import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { ALL_SERVICES, type ListTicketsParams } from '../../../contract/requests.ts';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import { visibleTicketsSql } from '../auth/visibility.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';
import { ApiError } from '../http/errors.ts';
import { defaultService, findGroup, findServiceByKey } from '../directory/repository.ts';
import { presentTickets, wantsLinks } from './present.ts';
import { cachedCount } from '../db/countCache.ts';
import { ftsQuery } from './searchIndex.ts';

interface Filter {
  where: string[];
  args: unknown[];
  /** The FTS5 query of `search`, applied last (see `searchCondition`). */
  match?: string;
}

/** Above this many search hits, reading them one by one costs more than walking a list index. */
const MANY_HITS = 2000;

/**
 * Few search hits: drive the query from them (`t.id IN`). Many hits, or a count: drive it from the
 * list indexes and probe the hits (`+t.id` keeps SQLite from using the IN-list as the driver).
 */
function searchCondition(probe: boolean): string {
  return `${probe ? '+' : ''}t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)`;
}

function whereOf(db: Database, filter: Filter, forCount: boolean): { sql: string; args: unknown[] } {
  if (filter.match === undefined) return { sql: filter.where.join(' AND '), args: filter.args };
  const match = filter.match;
  const probe =
    forCount ||
    cachedCount(
      db,
      `fts\u0000${match}`,
      () =>
        statement(db, 'SELECT COUNT(*) FROM tickets_fts WHERE tickets_fts MATCH ?')
          .pluck()
          .get(match) as number,
    ) > MANY_HITS;
  return { sql: [...filter.where, searchCondition(probe)].join(' AND '), args: [...filter.args, match] };
}

/** Which tickets `user` asks for, always within what the caller may see. */
function userCondition(db: Database, me: CurrentUser, param: ListTicketsParams['user']): Filter {
  const visible = visibleTicketsSql(me);
  // My own tickets are all visible and of my enterprise: no further condition, so the agent indexes serve.
  if (param === undefined || param === me.id) return { where: ['t.agent_id = ?'], args: [me.id] };
  if (param === 'all') {
    if (me.role !== 'admin') throw ApiError.forbidden('Only an admin may list the tickets of every user');
    return { where: [visible], args: [] };
  }
  if (param === 'visible') return { where: [visible], args: [] };
  if (param === 'unassigned') return { where: [visible, 't.agent_id IS NULL'], args: [] };
  const exists = statement(db, 'SELECT 1 FROM users WHERE id = ? AND enterprise_id = ?').get(
    param,
    me.enterpriseId,
  );
  if (!exists) throw ApiError.invalidParam('user', 'no user of your enterprise has this id');
  return { where: [visible, 't.agent_id = ?'], args: [param] };
}

function serviceCondition(db: Database, me: CurrentUser, param: ListTicketsParams['service']): Filter {
  if (param === ALL_SERVICES) return { where: [], args: [] };
  if (param === undefined) {
    const service = defaultService(db, me.enterpriseId);
    return service ? { where: ['t.service_id = ?'], args: [service.id] } : { where: [], args: [] };
  }
  const service = findServiceByKey(db, me.enterpriseId, param);
  if (!service) throw ApiError.invalidParam('service', 'no service of your enterprise has this key');
  return { where: ['t.service_id = ?'], args: [service.id] };
}

/** The WHERE clause of a ticket list, or null when it can match nothing (a search without words). */
export function ticketFilter(db: Database, me: CurrentUser, params: ListTicketsParams): Filter | null {
  const user = userCondition(db, me, params.user);
  const service = serviceCondition(db, me, params.service);
  const where = ['t.deleted_at IS NULL', ...user.where, ...service.where];
  const args = [...user.args, ...service.args];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    args.push(value);
  };
  if (params.group !== undefined) {
    if (!findGroup(db, me.enterpriseId, params.group))
      throw ApiError.invalidParam('group', 'no group of your enterprise has this id');
    add('t.group_id = ?', params.group);
  }
  if (params.since !== undefined) add('t.created >= ?', params.since);
  if (params.until !== undefined) add('t.created <= ?', params.until);
  if (params.started_after !== undefined) add('t.start_time >= ?', params.started_after);
  if (params.ended_before !== undefined) add('t.end_time <= ?', params.ended_before);
  if (params.reference !== undefined) add('t.reference = ?', params.reference);
  if (params.type !== undefined) add('t.type = ?', params.type);
  if (params.requestor !== undefined) add('t.requestor_id = ?', params.requestor);
  if (params.state !== undefined) {
    where.push(`t.state IN (${params.state.map(() => '?').join(',')})`);
    args.push(...params.state);
  }
  if (params.search !== undefined) {
    const match = ftsQuery(params.search);
    if (match === null) return null;
    return { where, args, match };
  }
  return { where, args };
}

export function listTickets(db: Database, me: CurrentUser, params: ListTicketsParams): ListEnvelope<Ticket> {
  const offset = params.offset ?? 0;
  const limit = params.limit ?? LIST_LIMIT_DEFAULT;
  const filter = ticketFilter(db, me, params);
  if (!filter) return { data: [], total: 0, next_offset: null };

  // Column and direction come from the contract's enums; the id breaks ties so pages never overlap.
  const column = params.orderby ?? 'start_time';
  const direction = params.order === 'asc' ? 'ASC' : 'DESC';
  const page = whereOf(db, filter, false);
  const ids = statement(
    db,
    `SELECT t.id FROM tickets t WHERE ${page.sql} ORDER BY t.${column} ${direction}, t.id ${direction} LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(...page.args, limit, offset) as number[];

  // A short page (not an empty page past the end) already tells the total: no second scan.
  const count = whereOf(db, filter, true);
  const countSql = `SELECT COUNT(*) FROM tickets t WHERE ${count.sql}`;
  const total =
    ids.length < limit && (ids.length > 0 || offset === 0)
      ? offset + ids.length
      : cachedCount(
          db,
          `${countSql}\u0000${JSON.stringify(count.args)}`,
          () =>
            statement(db, countSql)
              .pluck()
              .get(...count.args) as number,
        );
  return {
    data: presentTickets(db, ids, { links: wantsLinks(params.scope) }),
    total,
    next_offset: offset + ids.length < total ? offset + ids.length : null,
  };
}
