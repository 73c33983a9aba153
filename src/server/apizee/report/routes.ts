import type { Hono } from 'hono';
import { TICKET_STATES } from '../../../contract/enums.ts';
import type { Report } from '../../../contract/models.ts';
import { API_BASE } from '../../../contract/paths.ts';
import { reportParamsSchema, type ReportParams } from '../../../contract/requests.ts';
import { visibleTicketsSql } from '../auth/visibility.ts';
import type { ApizeeEnv, CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { statement } from '../db/statements.ts';
import { ApiError } from '../http/errors.ts';
import { readParams } from '../http/params.ts';
import { ownEnterpriseId } from '../directory/enterprise.ts';

type ByState = Record<string, number>;

const emptyByState = (): ByState => Object.fromEntries(TICKET_STATES.map((state) => [state, 0]));

interface Scope {
  where: string;
  args: unknown[];
}

/** Tickets created in [startTime, endTime] that the caller may see, narrowed by the optional filters. */
function reportScope(me: CurrentUser, params: ReportParams): Scope {
  const where = [visibleTicketsSql(me), 't.created >= ?', 't.created <= ?'];
  const args: unknown[] = [params.startTime, params.endTime];
  if (!params.withTrashed) where.push('t.deleted_at IS NULL');
  if (params.userId !== undefined) {
    where.push('t.agent_id = ?');
    args.push(params.userId);
  }
  if (params.groupId !== undefined) {
    where.push('t.group_id = ?');
    args.push(params.groupId);
  }
  return { where: where.join(' AND '), args };
}

function buildReport(db: Database, scope: Scope, timeRange: { from: number; to: number }): Report {
  const rows = statement(
    db,
    `SELECT t.agent_id, a.username, a.firstname, a.lastname, t.group_id, g.name AS group_name, t.state,
            COUNT(*) AS n, SUM(t.duration) AS minutes
     FROM tickets t LEFT JOIN users a ON a.id = t.agent_id LEFT JOIN user_groups g ON g.id = t.group_id
     WHERE ${scope.where} GROUP BY t.agent_id, t.group_id, t.state`,
  ).all(...scope.args) as {
    agent_id: number | null;
    username: string | null;
    firstname: string | null;
    lastname: string | null;
    group_id: number | null;
    group_name: string | null;
    state: string;
    n: number;
    minutes: number;
  }[];

  const byState = emptyByState();
  const agents = new Map<number | null, Report['by_agent'][number] & { minutes: number }>();
  const groups = new Map<number | null, Report['by_group'][number]>();
  let total = 0;
  for (const row of rows) {
    total += row.n;
    byState[row.state] = (byState[row.state] ?? 0) + row.n;
    const agent = agents.get(row.agent_id) ?? {
      user:
        row.agent_id === null
          ? null
          : {
              id: row.agent_id,
              username: row.username ?? '',
              firstname: row.firstname ?? '',
              lastname: row.lastname ?? '',
            },
      total: 0,
      by_state: emptyByState(),
      avg_duration: null,
      minutes: 0,
    };
    agent.total += row.n;
    agent.minutes += row.minutes;
    agent.by_state[row.state] = (agent.by_state[row.state] ?? 0) + row.n;
    agents.set(row.agent_id, agent);
    const group = groups.get(row.group_id) ?? {
      group: row.group_id === null ? null : { id: row.group_id, name: row.group_name ?? '' },
      total: 0,
      by_state: emptyByState(),
    };
    group.total += row.n;
    group.by_state[row.state] = (group.by_state[row.state] ?? 0) + row.n;
    groups.set(row.group_id, group);
  }

  const created = statement(
    db,
    `SELECT strftime('%Y-%m-%d', t.created / 1000, 'unixepoch') AS date, COUNT(*) AS n FROM tickets t
     WHERE ${scope.where} GROUP BY date`,
  ).all(...scope.args) as { date: string; n: number }[];
  // "done" per day: tickets of the scope completed that day (within the report period).
  const done = statement(
    db,
    `SELECT strftime('%Y-%m-%d', e.timestamp / 1000, 'unixepoch') AS date, COUNT(DISTINCT e.ticket_id) AS n
     FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.event_name = 'ticket.completed' AND e.timestamp >= ? AND e.timestamp <= ? AND ${scope.where}
     GROUP BY date`,
  ).all(timeRange.from, timeRange.to, ...scope.args) as { date: string; n: number }[];
  const days = new Map<string, { date: string; created: number; done: number }>();
  for (const row of created) days.set(row.date, { date: row.date, created: row.n, done: 0 });
  for (const row of done) {
    const day = days.get(row.date) ?? { date: row.date, created: 0, done: 0 };
    day.done = row.n;
    days.set(row.date, day);
  }

  return {
    total,
    by_state: byState,
    by_agent: [...agents.values()]
      .map(({ minutes, ...agent }) => ({
        ...agent,
        avg_duration: agent.total > 0 ? Math.round((minutes / agent.total) * 10) / 10 : null,
      }))
      .sort((a, b) => b.total - a.total),
    by_group: [...groups.values()].sort((a, b) => b.total - a.total),
    by_day: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export function registerReportRoutes(app: Hono<ApizeeEnv>): void {
  app.get(`${API_BASE}/enterprises/:enterpriseId/tickets/report`, async (c) => {
    ownEnterpriseId(c);
    const me = c.get('user');
    if (me.role === 'agent') throw ApiError.forbidden('Reports are for supervisors and admins');
    const params = await readParams(c, reportParamsSchema);
    if (params.endTime < params.startTime)
      throw ApiError.invalidParam('endTime', 'must not be before startTime');
    const scope = reportScope(me, params);
    return c.json(buildReport(c.get('deps').db, scope, { from: params.startTime, to: params.endTime }));
  });
}
