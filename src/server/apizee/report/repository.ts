/** All SQL of the supervision report. */
import { visibleTicketsSql } from '../auth/repository.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

/** Tickets created in [startTime, endTime] that `user` may see, narrowed by the optional filters. */
export interface ReportScope {
  user: CurrentUser;
  startTime: number;
  endTime: number;
  withTrashed?: boolean | undefined;
  agentId?: number | undefined;
  groupId?: number | undefined;
}

interface Sql {
  where: string;
  args: unknown[];
}

function scopeSql(scope: ReportScope): Sql {
  const where = [visibleTicketsSql(scope.user), 't.created >= ?', 't.created <= ?'];
  const args: unknown[] = [scope.startTime, scope.endTime];
  if (!scope.withTrashed) where.push('t.deleted_at IS NULL');
  if (scope.agentId !== undefined) {
    where.push('t.agent_id = ?');
    args.push(scope.agentId);
  }
  if (scope.groupId !== undefined) {
    where.push('t.group_id = ?');
    args.push(scope.groupId);
  }
  return { where: where.join(' AND '), args };
}

/** Ticket count and minutes of one (agent, group, state) of the scope. */
export interface ReportRow {
  agent_id: number | null;
  username: string | null;
  firstname: string | null;
  lastname: string | null;
  group_id: number | null;
  group_name: string | null;
  state: string;
  n: number;
  minutes: number;
}

export function reportRows(db: Database, scope: ReportScope): ReportRow[] {
  const { where, args } = scopeSql(scope);
  return statement(
    db,
    `SELECT t.agent_id, a.username, a.firstname, a.lastname, t.group_id, g.name AS group_name, t.state,
            COUNT(*) AS n, SUM(t.duration) AS minutes
     FROM tickets t LEFT JOIN users a ON a.id = t.agent_id LEFT JOIN user_groups g ON g.id = t.group_id
     WHERE ${where} GROUP BY t.agent_id, t.group_id, t.state`,
  ).all(...args) as ReportRow[];
}

/** Tickets of the scope created per day (UTC, `YYYY-MM-DD`). */
export function createdPerDay(db: Database, scope: ReportScope): { date: string; n: number }[] {
  const { where, args } = scopeSql(scope);
  return statement(
    db,
    `SELECT strftime('%Y-%m-%d', t.created / 1000, 'unixepoch') AS date, COUNT(*) AS n FROM tickets t
     WHERE ${where} GROUP BY date`,
  ).all(...args) as { date: string; n: number }[];
}

/** Tickets of the scope completed per day, within the report period. */
export function donePerDay(db: Database, scope: ReportScope): { date: string; n: number }[] {
  const { where, args } = scopeSql(scope);
  return statement(
    db,
    `SELECT strftime('%Y-%m-%d', e.timestamp / 1000, 'unixepoch') AS date, COUNT(DISTINCT e.ticket_id) AS n
     FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.event_name = 'ticket.completed' AND e.timestamp >= ? AND e.timestamp <= ? AND ${where}
     GROUP BY date`,
  ).all(scope.startTime, scope.endTime, ...args) as { date: string; n: number }[];
}
