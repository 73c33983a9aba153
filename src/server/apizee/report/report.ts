import { TICKET_STATES } from '../../../contract/enums.ts';
import type { Report } from '../../../contract/models.ts';
import type { Database } from '../db/database.ts';
import { createdPerDay, donePerDay, reportRows, type ReportScope } from './repository.ts';

type ByState = Record<string, number>;

const emptyByState = (): ByState => Object.fromEntries(TICKET_STATES.map((state) => [state, 0]));

/** The report of the tickets of `scope`: totals by state, by agent, by group and by day. */
export function buildReport(db: Database, scope: ReportScope): Report {
  const rows = reportRows(db, scope);

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

  const created = createdPerDay(db, scope);
  // "done" per day: tickets of the scope completed that day (within the report period).
  const done = donePerDay(db, scope);
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
