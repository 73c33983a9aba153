/** The SQL of ticket lists: filters, the page of ids, the count (date ranges: datePlan.ts). */
import type { TicketState, TicketType } from '../../../contract/enums.ts';
import { stateRankSql } from '../../../contract/stateLifecycle.ts';
import { visibleTicketsSql } from '../auth/repository.ts';
import type { CurrentUser } from '../context.ts';
import { cachedCount, cachedValue } from '../db/countCache.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';
import { dateRanges, drivingDate, isDateColumn, type DateColumn } from './datePlan.ts';

/** Whose tickets a list shows, always within what the caller may see. */
export type TicketOwner =
  /** The caller's own tickets: all visible and of their enterprise, so no visibility condition. */
  { kind: 'mine' } | { kind: 'visible' } | { kind: 'unassigned' } | { kind: 'agent'; agentId: number };

/** A ticket list's filters, resolved against the directory. */
export interface TicketQuery {
  user: CurrentUser;
  owner: TicketOwner;
  serviceId?: number | undefined;
  groupId?: number | undefined;
  since?: number | undefined;
  until?: number | undefined;
  startedAfter?: number | undefined;
  startedBefore?: number | undefined;
  endedBefore?: number | undefined;
  reference?: string | undefined;
  type?: TicketType | undefined;
  requestorId?: number | undefined;
  states?: readonly TicketState[] | undefined;
  /** An FTS5 query (see `ftsQuery`), applied last (see `searchCondition`). */
  match?: string | undefined;
}

export interface TicketOrder {
  /** A column of `tickets`, from the contract's enum. */
  column: string;
  direction: 'ASC' | 'DESC';
}

export interface SqlStatement {
  sql: string;
  args: unknown[];
}

interface Filter {
  where: string[];
  args: unknown[];
  match?: string | undefined;
}

/** `filterOnly`: no index may serve the owner's conditions (a date index drives the list). */
function ownerCondition(query: TicketQuery, filterOnly: boolean): Filter {
  const { owner, user } = query;
  const plus = filterOnly ? '+' : '';
  if (owner.kind === 'mine') {
    // Within the enterprise (all my tickets are), so the enterprise-leading date indexes apply.
    if (filterOnly)
      return {
        where: [`t.enterprise_id = ${Number(user.enterpriseId)}`, '+t.agent_id = ?'],
        args: [user.id],
      };
    return { where: ['t.agent_id = ?'], args: [user.id] };
  }
  const visible = visibleTicketsSql(user, 't', filterOnly);
  if (owner.kind === 'visible') return { where: [visible], args: [] };
  if (owner.kind === 'unassigned') return { where: [visible, `${plus}t.agent_id IS NULL`], args: [] };
  return { where: [visible, `${plus}t.agent_id = ?`], args: [owner.agentId] };
}

/**
 * The conditions of a list. With a date index to drive it (`driver`), every condition that one of the
 * other list indexes could serve is written `+t.column`, and only the driver's range stays indexable.
 * Reference and requestor stay indexable: each names a handful of tickets, far fewer than any range.
 */
function ticketFilter(query: TicketQuery, driver: DateColumn | undefined): Filter {
  const plus = driver === undefined ? '' : '+';
  const owner = ownerCondition(query, driver !== undefined);
  const where = ['t.deleted_at IS NULL', ...owner.where];
  const args = [...owner.args];
  const add = (condition: string, value: unknown) => {
    if (value === undefined) return;
    where.push(condition);
    args.push(value);
  };
  add(`${plus}t.service_id = ?`, query.serviceId);
  add(`${plus}t.group_id = ?`, query.groupId);
  for (const range of dateRanges(query)) {
    add(`${range.column === driver ? '' : '+'}t.${range.column} ${range.operator} ?`, range.value);
  }
  add('t.reference = ?', query.reference);
  add(`${plus}t.type = ?`, query.type);
  add('t.requestor_id = ?', query.requestorId);
  if (query.states !== undefined) {
    where.push(`${plus}t.state IN (${query.states.map(() => '?').join(',')})`);
    args.push(...query.states);
  }
  return { where, args, match: query.match };
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

function whereOf(db: Database, filter: Filter, forCount: boolean): SqlStatement {
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

/**
 * The statements of one page of a list. `bound`, when present, is run first (a list sorted by a date
 * it has no range on): its value, the first sorted date among all matches, is passed to `page`; null
 * means the list is empty.
 */
export interface TicketListPlan {
  bound?: SqlStatement;
  page(bound?: number): SqlStatement;
}

export function planTicketList(
  db: Database,
  query: TicketQuery,
  order: TicketOrder,
  page: { limit: number; offset: number },
): TicketListPlan {
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const ranges = dateRanges(query);
  const driver = drivingDate(ranges, order.column);
  const pageOf = (filter: Filter, orderBy: string, extra?: { condition: string; value: number }) => {
    const where = whereOf(db, filter, false);
    const sql = extra ? `${where.sql} AND ${extra.condition}` : where.sql;
    const args = extra ? [...where.args, extra.value] : where.args;
    return {
      sql: `SELECT t.id FROM tickets t WHERE ${sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
      args: [...args, page.limit, page.offset],
    };
  };
  // States sort by life cycle (open before closed), not by their codes ("rejected" first).
  const sortKey = order.column === 'state' ? stateRankSql('t.state') : `t.${order.column}`;
  // The id breaks ties so pages never overlap.
  const inIndexOrder = `${sortKey} ${direction}, t.id ${direction}`;

  if (driver === undefined || driver === order.column) {
    const filter = ticketFilter(query, driver);
    return { page: () => pageOf(filter, inIndexOrder) };
  }
  if (isDateColumn(order.column)) {
    const column = order.column;
    const ranged = whereOf(db, ticketFilter(query, driver), false);
    const first = direction === 'DESC' ? 'MAX' : 'MIN';
    return {
      // `+`: a bare MAX(column) would let SQLite walk that column's index instead of the range.
      bound: { sql: `SELECT ${first}(+t.${column}) FROM tickets t WHERE ${ranged.sql}`, args: ranged.args },
      page: (bound) =>
        pageOf(ticketFilter(query, column), inIndexOrder, {
          condition: `t.${column} ${direction === 'DESC' ? '<=' : '>='} ?`,
          value: bound!,
        }),
    };
  }
  const filter = ticketFilter(query, driver);
  // `+`: the date index drives the list; the sort's own index (the state order's too) must not.
  const sorted = `+(${sortKey})`;
  return { page: () => pageOf(filter, `${sorted} ${direction}, +t.id ${direction}`) };
}

/** The ids of one page of a list. */
export function listTicketIds(
  db: Database,
  query: TicketQuery,
  order: TicketOrder,
  page: { limit: number; offset: number },
): number[] {
  const plan = planTicketList(db, query, order, page);
  let bound: number | undefined;
  if (plan.bound) {
    const { sql, args } = plan.bound;
    const value = cachedValue(
      db,
      `bound\u0000${sql}\u0000${JSON.stringify(args)}`,
      () =>
        statement(db, sql)
          .pluck()
          .get(...args) as number | null,
    );
    if (value === null) return [];
    bound = value;
  }
  const { sql, args } = plan.page(bound);
  return statement(db, sql)
    .pluck()
    .all(...args) as number[];
}

/** The count statement of a list. */
export function countStatement(db: Database, query: TicketQuery): SqlStatement {
  const { sql, args } = whereOf(db, ticketFilter(query, drivingDate(dateRanges(query))), true);
  return { sql: `SELECT COUNT(*) FROM tickets t WHERE ${sql}`, args };
}

/** How many tickets a list has (kept until the next write: paging and polling ask it again). */
export function countTickets(db: Database, query: TicketQuery): number {
  const { sql, args } = countStatement(db, query);
  return cachedCount(
    db,
    `${sql}\u0000${JSON.stringify(args)}`,
    () =>
      statement(db, sql)
        .pluck()
        .get(...args) as number,
  );
}
