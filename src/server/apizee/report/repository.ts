/** All SQL of the supervision report: the rows of the caller's scope, for aggregateReport. */
import type { ReportTicketRow } from '../../reports/aggregateReport.ts';
import { visibleTicketsSql } from '../auth/repository.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';

/** Tickets created in [createdFrom, createdTo] that `user` may see, narrowed by the optional filters. */
export interface ReportScope {
  user: CurrentUser;
  createdFrom: number;
  createdTo: number;
  withTrashed?: boolean | undefined;
  agentId?: number | undefined;
  groupId?: number | undefined;
}

interface Row {
  state: string;
  agent_id: number | null;
  username: string | null;
  firstname: string | null;
  lastname: string | null;
  group_id: number | null;
  group_name: string | null;
  created: number;
  start_time: number;
  duration: number;
  completed: number | null;
}

export function reportRows(db: Database, scope: ReportScope): ReportTicketRow[] {
  const where = [visibleTicketsSql(scope.user), 't.created >= ?', 't.created <= ?'];
  const args: unknown[] = [scope.createdFrom, scope.createdTo];
  if (!scope.withTrashed) where.push('t.deleted_at IS NULL');
  if (scope.agentId !== undefined) {
    where.push('t.agent_id = ?');
    args.push(scope.agentId);
  }
  if (scope.groupId !== undefined) {
    where.push('t.group_id = ?');
    args.push(scope.groupId);
  }
  const rows = statement(
    db,
    `SELECT t.state, t.agent_id, a.username, a.firstname, a.lastname, t.group_id, g.name AS group_name,
            t.created, t.start_time, t.duration,
            (SELECT MAX(e.timestamp) FROM ticket_events e
             WHERE e.ticket_id = t.id AND e.event_name = 'ticket.completed') AS completed
     FROM tickets t LEFT JOIN users a ON a.id = t.agent_id LEFT JOIN user_groups g ON g.id = t.group_id
     WHERE ${where.join(' AND ')}`,
  ).all(...args) as Row[];
  return rows.map((row) => ({
    state: row.state,
    agent:
      row.agent_id === null
        ? null
        : {
            id: row.agent_id,
            username: row.username ?? '',
            firstname: row.firstname ?? '',
            lastname: row.lastname ?? '',
          },
    group: row.group_id === null ? null : { id: row.group_id, name: row.group_name ?? '' },
    created: row.created,
    startTime: row.start_time,
    duration: row.duration,
    completed: row.completed,
  }));
}
