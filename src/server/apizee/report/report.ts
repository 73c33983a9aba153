import type { Report } from '../../../contract/report.ts';
import { aggregateReport, previousPeriod, type ReportPeriod } from '../../reports/aggregateReport.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { reportRows } from './repository.ts';

export interface ReportRequest {
  user: CurrentUser;
  period: ReportPeriod;
  now: number;
  /** The [ext] `reportFigures`: late, exact averages, per-day resolved, the previous period. */
  extensions: boolean;
  withTrashed?: boolean | undefined;
  agentId?: number | undefined;
  groupId?: number | undefined;
}

/** The report of the tickets the caller sees: SQL picks the rows, aggregateReport counts them. */
export function buildReport(db: Database, request: ReportRequest): Report {
  const { period, now, extensions, ...filters } = request;
  const rows = reportRows(db, {
    ...filters,
    // The previous period's rows feed `previous`; without the extension they are not needed.
    createdFrom: extensions ? previousPeriod(period).start : period.start,
    createdTo: period.end,
  });
  return aggregateReport(rows, { period, now, extensions });
}
