/**
 * The supervision report from the gateway's store: the rows of the tickets the user may see (the
 * lists' own visibility scoping, `filtered`), counted by the same aggregateReport as upstream's.
 */
import type { Kysely } from 'kysely';
import type { Ticket } from '../../../contract/models.ts';
import type { Report } from '../../../contract/report.ts';
import { ALL_SERVICES } from '../../../contract/requests.ts';
import {
  aggregateReport,
  rowsCreatedIn,
  type ReportPeriod,
  type ReportTicketRow,
} from '../../reports/aggregateReport.ts';
import { filtered, type StoreListUser } from '../store/listTickets.ts';
import type { StoreSchema } from '../store/schema.ts';

export interface StoreReportRequest {
  user: StoreListUser;
  period: ReportPeriod;
  /** "Late" is measured against this instant. */
  now: number;
  /** Send the [ext] `reportFigures` fields: only when upstream would (the same shape either way). */
  extensions: boolean;
  agentId?: number | undefined;
  groupId?: number | undefined;
}

/** Tickets created in `created` (both ends included) that the user may see, narrowed by agent and group. */
export async function storeReportRows(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  created: ReportPeriod,
  filters: Pick<StoreReportRequest, 'agentId' | 'groupId'>,
): Promise<ReportTicketRow[]> {
  const rows = await filtered(
    db,
    user,
    {
      user: filters.agentId ?? 'visible',
      service: ALL_SERVICES,
      since: created.start,
      until: created.end + 1,
      ...(filters.groupId !== undefined && { group: filters.groupId }),
    },
    null,
  )
    .select(['t.body', 't.state', 't.created', 't.start_time', 't.completed'])
    .execute();
  return rows.map((row) => {
    const { agent, group, duration } = JSON.parse(row.body) as Ticket;
    return {
      state: row.state,
      agent: agent && {
        id: agent.id,
        username: agent.username,
        firstname: agent.firstname,
        lastname: agent.lastname,
      },
      group: group && { id: group.id, name: group.name },
      created: row.created,
      startTime: row.start_time,
      duration,
      completed: row.completed,
    };
  });
}

export async function buildStoreReport(
  db: Kysely<StoreSchema>,
  request: StoreReportRequest,
): Promise<Report> {
  const { user, period, now, extensions } = request;
  const rows = await storeReportRows(db, user, rowsCreatedIn(period, extensions), request);
  return aggregateReport(rows, { period, now, extensions });
}
