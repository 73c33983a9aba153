/**
 * The page's headline figures from a report, and their change against the previous period. A figure
 * the server's report cannot give (a base-shape report has no `late`) is null, shown as "—".
 */
import { STATE_FAMILIES, type StateFamily } from '../../contract/enums.ts';
import type { Report, ReportPeriodFigures } from '../../contract/report.ts';

export const FIGURE_IDS = [
  'total',
  'resolved',
  'resolutionRate',
  'active',
  'unassigned',
  'late',
  'avgDuration',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
export type FigureValues = Record<FigureId, number | null>;

/** Tickets of a state family in a `by_state` count. */
export function familyCount(byState: Record<string, number>, family: StateFamily): number {
  return STATE_FAMILIES[family].reduce((sum, state) => sum + (byState[state] ?? 0), 0);
}

/** Mean of per-row means weighted by their totals: the best a base-shape report allows. */
function weightedMean(rows: readonly { total: number; avg_duration?: number | null | undefined }[]) {
  let minutes = 0;
  let count = 0;
  for (const row of rows) {
    if (row.avg_duration === null || row.avg_duration === undefined) continue;
    minutes += row.avg_duration * row.total;
    count += row.total;
  }
  return count === 0 ? null : Math.round((minutes / count) * 10) / 10;
}

/** Figures of a period: a full report, or the `previous` summary of one. */
export function figureValues(figures: ReportPeriodFigures & { by_agent?: Report['by_agent'] }): FigureValues {
  const resolved = familyCount(figures.by_state, 'resolved');
  const unassignedRow = figures.by_agent?.find((row) => row.user === null);
  return {
    total: figures.total,
    resolved,
    resolutionRate: figures.total === 0 ? null : resolved / figures.total,
    active: familyCount(figures.by_state, 'active'),
    unassigned:
      figures.unassigned ??
      (figures.by_agent ? (unassignedRow ? familyCount(unassignedRow.by_state, 'active') : 0) : null),
    late: figures.late ?? null,
    avgDuration:
      figures.avg_duration !== undefined ? figures.avg_duration : weightedMean(figures.by_agent ?? []),
  };
}

/** Current minus previous; null when either is unknown. A rate's change is in percentage points. */
export function figureDeltas(current: FigureValues, previous: FigureValues | null): FigureValues {
  return Object.fromEntries(
    FIGURE_IDS.map((key) => {
      const now = current[key];
      const before = previous?.[key] ?? null;
      return [key, now === null || before === null ? null : now - before];
    }),
  ) as FigureValues;
}
