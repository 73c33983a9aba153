/**
 * Issue 14, item 10: every date-range list shape is driven by the date index datePlan.ts chooses, on
 * a fresh database (no statistics) as on a seeded and analysed one: no full scan of tickets, no sort
 * where an index gives the order, every page and count read from one covering index. And the pages
 * hold exactly the tickets a plain reading of the filters gives, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTicketsParamsSchema } from '../../../contract/requests.ts';
import { stateRank } from '../../../contract/stateLifecycle.ts';
import { canSeeTicket } from '../auth/visibility.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { loadCurrentUser } from '../directory/users.ts';
import type { Harness } from '../testing/harness.ts';
import { openPlanDatabases, type PlanDatabases } from '../testing/planDatabases.ts';
import { dateRanges, drivingDate, isDateColumn, type DateColumn } from './datePlan.ts';
import { ticketOrder, ticketQuery } from './list.ts';
import {
  countStatement,
  listTicketIds,
  planTicketList,
  type SqlStatement,
  type TicketQuery,
} from './listQuery.ts';
import type { TicketRow } from './repository.ts';

const RANGES: Record<string, Record<string, string>> = {
  'created quarter': { since: '2026-03-01T00:00:00Z', until: '2026-06-01T00:00:00Z' },
  since: { since: '2026-06-01T00:00:00Z' },
  until: { until: '2026-03-01T00:00:00Z' },
  'started quarter': { started_after: '2026-03-01T00:00:00Z', ended_before: '2026-06-01T00:00:00Z' },
  started_after: { started_after: '2026-06-01T00:00:00Z' },
  ended_before: { ended_before: '2026-06-01T00:00:00Z' },
  started_before: { started_before: '2026-09-01T00:00:00Z' },
  'created and started': { since: '2026-01-01T00:00:00Z', started_after: '2026-02-01T00:00:00Z' },
};
/** [scope, user, parameters]; `group` and `agent2` are filled in from the database. */
const SCOPES: [string, string, Record<string, string>][] = [
  ['me', 'agent1', {}],
  ['all', 'admin', { user: 'all' }],
  ['a given user', 'admin', { user: 'agent2' }],
  ['visible (supervisor)', 'supervisor', { user: 'visible' }],
  ['unassigned (agent)', 'agent1', { user: 'unassigned' }],
  ['all + group', 'admin', { user: 'all', group: 'group' }],
  ['all + states', 'admin', { user: 'all', state: 'done,closed' }],
  ['all services', 'admin', { user: 'all', service: 'all' }],
  ['visible + group + states', 'supervisor', { user: 'visible', group: 'group', state: 'new,open,invited' }],
];
const SORTS: Record<string, string>[] = [
  {},
  { orderby: 'created', order: 'asc' },
  { orderby: 'end_time' },
  { orderby: 'start_time', order: 'asc' },
  { orderby: 'modified' },
  { orderby: 'state' },
];
const INDEX_OF: Record<DateColumn, string> = {
  created: 'tickets_created_range',
  start_time: 'tickets_start_range',
  end_time: 'tickets_end_range',
};

interface Shape {
  name: string;
  username: string;
  params: Record<string, string>;
}

function shapes(db: Database): Shape[] {
  const groupId = String(db.prepare("SELECT id FROM user_groups WHERE name = 'Support'").pluck().get());
  const agent2 = String(db.prepare("SELECT id FROM users WHERE username = 'agent2'").pluck().get());
  const resolve = (params: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        value === 'group' ? groupId : value === 'agent2' ? agent2 : value,
      ]),
    );
  return Object.entries(RANGES).flatMap(([range, dates]) =>
    SCOPES.flatMap(([scope, username, params]) =>
      SORTS.map((sort) => ({
        name: `${range}: ${scope} ${JSON.stringify(sort)}`,
        username,
        params: { ...resolve(params), ...dates, ...sort, limit: '50' },
      })),
    ),
  );
}

function userOf(db: Database, username: string): CurrentUser {
  const id = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;
  return loadCurrentUser(db, id)!;
}

function resolveShape(db: Database, shape: Shape) {
  const params = listTicketsParamsSchema.parse(shape.params);
  const user = userOf(db, shape.username);
  return { user, query: ticketQuery(db, user, params)!, order: ticketOrder(params), params };
}

function planOf(db: Database, { sql, args }: SqlStatement): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map(
    (row) => row.detail,
  );
}

/** The one index a statement reads tickets through, after checking it never scans the table. */
function ticketIndexOf(plan: string[]): string {
  expect(plan.filter((detail) => /^SCAN t\b/.test(detail))).toEqual([]);
  const searches = plan.filter((detail) => /^SEARCH t /.test(detail));
  expect(searches).toHaveLength(1);
  expect(searches[0]).toMatch(/^SEARCH t USING COVERING INDEX /);
  return /INDEX (\w+)/.exec(searches[0]!)![1]!;
}

function checkPlans(db: Database, shape: Shape) {
  const { query, order } = resolveShape(db, shape);
  const ranges = dateRanges(query);
  const driver = drivingDate(ranges)!;
  const plan = planTicketList(db, query, order, { limit: 50, offset: 0 });
  const sortedByDate = isDateColumn(order.column);
  if (sortedByDate && !ranges.some((range) => range.column === order.column)) {
    expect(plan.bound, shape.name).toBeDefined();
    expect(ticketIndexOf(planOf(db, plan.bound!)), `${shape.name} (bound)`).toBe(INDEX_OF[driver]);
  } else {
    expect(plan.bound, shape.name).toBeUndefined();
  }
  const page = planOf(db, plan.page(Date.UTC(2026, 0, 1)));
  const pageIndex = sortedByDate ? INDEX_OF[order.column as DateColumn] : INDEX_OF[driver];
  expect(ticketIndexOf(page), shape.name).toBe(pageIndex);
  expect(
    page.some((detail) => detail.includes('TEMP B-TREE')),
    shape.name,
  ).toBe(!sortedByDate);
  expect(ticketIndexOf(planOf(db, countStatement(db, query))), `${shape.name} (count)`).toBe(
    INDEX_OF[driver],
  );
}

describe('date-range list plans', () => {
  let databases: PlanDatabases;
  let fresh: Database;
  let seeded: Harness;
  beforeAll(async () => {
    databases = await openPlanDatabases();
    ({ fresh, seeded } = databases);
  });
  afterAll(() => databases.close());

  it('on a fresh database without statistics, each shape uses its date index', () => {
    expect(fresh.prepare('SELECT COUNT(*) FROM sqlite_stat1').pluck().get()).toBe(0);
    for (const shape of shapes(fresh)) checkPlans(fresh, shape);
  });

  it('on a seeded and analysed database, the same plans', () => {
    expect(seeded.db.prepare('SELECT COUNT(*) FROM sqlite_stat1').pluck().get()).not.toBe(0);
    for (const shape of shapes(seeded.db)) checkPlans(seeded.db, shape);
  });

  it('every shape lists exactly the matching tickets, in order, page after page', () => {
    const db = seeded.db;
    const rows = db.prepare('SELECT * FROM tickets WHERE deleted_at IS NULL').all() as TicketRow[];
    let nonEmpty = 0;
    for (const shape of shapes(db)) {
      const { user, query, order } = resolveShape(db, shape);
      const expected = expectedIds(rows, user, query, order);
      if (expected.length > 0) nonEmpty += 1;
      const pages = [0, 7, 14].map((offset) => listTicketIds(db, query, order, { limit: 7, offset }));
      expect(pages.flat(), shape.name).toEqual(expected.slice(0, 21));
    }
    // The shapes are not vacuous: most of them find tickets in the seed.
    expect(nonEmpty).toBeGreaterThan(shapes(db).length / 2);
  });
});

/** The list read plainly from the rows: each filter as the API documents it, then the sort. */
function expectedIds(
  rows: TicketRow[],
  user: CurrentUser,
  query: TicketQuery,
  order: { column: string; direction: 'ASC' | 'DESC' },
): number[] {
  const owned = (row: TicketRow) => {
    const { owner } = query;
    if (owner.kind === 'mine') return row.agent_id === user.id;
    if (!canSeeTicket(user, row)) return false;
    if (owner.kind === 'unassigned') return row.agent_id === null;
    return owner.kind === 'visible' || row.agent_id === owner.agentId;
  };
  const within = (value: number, from?: number, before?: number, upTo?: number) =>
    (from === undefined || value >= from) &&
    (before === undefined || value < before) &&
    (upTo === undefined || value <= upTo);
  const matching = rows.filter(
    (row) =>
      owned(row) &&
      (query.serviceId === undefined || row.service_id === query.serviceId) &&
      (query.groupId === undefined || row.group_id === query.groupId) &&
      (query.states === undefined || query.states.includes(row.state)) &&
      within(row.created, query.since, query.until) &&
      within(row.start_time, query.startedAfter, undefined, query.startedBefore) &&
      within(row.end_time, undefined, query.endedBefore),
  );
  const key = (row: TicketRow) => {
    if (order.column === 'state') return stateRank(row.state);
    return row[order.column as keyof TicketRow] as number;
  };
  const sign = order.direction === 'ASC' ? 1 : -1;
  return matching.sort((a, b) => sign * (key(a) - key(b) || a.id - b.id)).map((row) => row.id);
}
