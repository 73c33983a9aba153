/** The workload tables' rows (per agent, per group) and their sorting. */
import type { Report } from '../../contract/report.ts';
import { familyCount } from './figures.ts';

export type WorkloadRow = {
  /** The agent's or group's id; null for the unassigned tickets, or those of no group. */
  id: number | null;
  name: string | null;
  total: number;
  active: number;
  /** Null when the server's report does not give it. */
  late: number | null;
  resolved: number;
  avgDuration: number | null;
};
export const WORKLOAD_COLUMNS = ['name', 'active', 'late', 'resolved', 'avgDuration', 'total'] as const;
export type WorkloadColumn = (typeof WORKLOAD_COLUMNS)[number];
export type WorkloadSort = { column: WorkloadColumn; direction: 'asc' | 'desc' };

type Counted = { total: number; by_state: Record<string, number>; late?: number | undefined };

function counts(row: Counted) {
  return {
    total: row.total,
    active: familyCount(row.by_state, 'active'),
    late: row.late ?? null,
    resolved: familyCount(row.by_state, 'resolved'),
  };
}

export function agentRows(report: Report): WorkloadRow[] {
  return report.by_agent.map((row) => ({
    id: row.user?.id ?? null,
    name: row.user ? `${row.user.firstname} ${row.user.lastname}`.trim() || row.user.username : null,
    ...counts(row),
    avgDuration: row.avg_duration,
  }));
}

export function groupRows(report: Report): WorkloadRow[] {
  return report.by_group.map((row) => ({
    id: row.group?.id ?? null,
    name: row.group?.name ?? null,
    ...counts(row),
    avgDuration: row.avg_duration ?? null,
  }));
}

/** Sorted by a column; unknown values (null) always last, names in the user's collation. */
export function sortWorkload(
  rows: readonly WorkloadRow[],
  sort: WorkloadSort,
  locale: string,
): WorkloadRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
    return sign * order || b.total - a.total;
  });
}
