/**
 * A list sorted by state reads its page in the life cycle's order from the index on that order
 * (migration 5), with no sort of every ticket, with or without statistics; and it lists the tickets
 * in that order (ties by id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTicketsParamsSchema } from '../../../contract/requests.ts';
import { stateRank } from '../../../contract/stateLifecycle.ts';
import type { Database } from '../db/database.ts';
import { loadCurrentUser } from '../directory/users.ts';
import { openPlanDatabases, type PlanDatabases } from '../testing/planDatabases.ts';
import { ticketOrder, ticketQuery } from './list.ts';
import { listTicketIds, planTicketList } from './listQuery.ts';

const SHAPES: [string, Record<string, string>][] = [
  ['admin', { user: 'all', orderby: 'state' }],
  ['admin', { user: 'all', orderby: 'state', order: 'asc', service: 'all' }],
  ['admin', { user: 'all', orderby: 'state', type: 'assistance' }],
  ['supervisor', { user: 'visible', orderby: 'state' }],
];

function resolve(db: Database, username: string, raw: Record<string, string>) {
  const id = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;
  const user = loadCurrentUser(db, id)!;
  const params = listTicketsParamsSchema.parse({ ...raw, limit: '50' });
  return { query: ticketQuery(db, user, params)!, order: ticketOrder(params) };
}

function pagePlan(db: Database, username: string, raw: Record<string, string>): string {
  const { query, order } = resolve(db, username, raw);
  const { sql, args } = planTicketList(db, query, order, { limit: 50, offset: 0 }).page();
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
  return rows.map((row) => row.detail).join(' / ');
}

describe('lists sorted by state', () => {
  let databases: PlanDatabases;
  beforeAll(async () => {
    databases = await openPlanDatabases();
  });
  afterAll(() => databases.close());

  it('walk the state-order index, without sorting, on fresh and analysed databases', () => {
    for (const db of [databases.fresh, databases.seeded.db]) {
      for (const [username, raw] of SHAPES) {
        const plan = pagePlan(db, username, raw);
        expect(plan, JSON.stringify(raw)).toMatch(/SEARCH t USING (COVERING )?INDEX tickets_state_rank /);
        expect(plan, JSON.stringify(raw)).not.toMatch(/TEMP B-TREE/);
      }
    }
  });

  it('list the tickets in the life cycle order, ties by id, page after page', () => {
    const db = databases.seeded.db;
    const { query, order } = resolve(db, 'admin', { user: 'all', orderby: 'state', service: 'all' });
    const admin = db.prepare("SELECT enterprise_id FROM users WHERE username = 'admin'").pluck().get();
    const rows = db
      .prepare('SELECT id, state FROM tickets WHERE deleted_at IS NULL AND enterprise_id = ?')
      .all(admin) as {
      id: number;
      state: string;
    }[];
    const expected = rows
      .sort((a, b) => stateRank(b.state as never) - stateRank(a.state as never) || b.id - a.id)
      .map((row) => row.id);
    const pages = [0, 30, 60].map((offset) => listTicketIds(db, query, order, { limit: 30, offset }));
    expect(pages.flat()).toEqual(expected.slice(0, 90));
    expect(
      new Set(expected.slice(0, 90).map((id) => rows.find((row) => row.id === id)!.state)).size,
    ).toBeGreaterThan(1);
  });
});
