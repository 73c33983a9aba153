import { useMemo } from 'react';
import type { Report } from '../../contract/report.ts';
import { useReport } from '../../lib/api/reports/getReport.ts';
import { figureDeltas, figureValues, type FigureValues } from './figures.ts';
import { previousPeriodOf, reportInput, type Period, type SupervisionView } from './supervisionView.ts';

export type SupervisionFigures = {
  current: FigureValues;
  previous: FigureValues | null;
  deltas: FigureValues;
};

/**
 * The period's report, and the previous period's figures: from the same answer when the server sends
 * them (`previous`, one call per view), else from a second report call, cached like the first.
 */
export function useSupervisionReport(enterpriseId: number, period: Period, view: SupervisionView) {
  const report = useReport(enterpriseId, reportInput(period, view));
  const needsPrevious = report.data !== undefined && report.data.previous === undefined;
  const previousReport = useReport(enterpriseId, reportInput(previousPeriodOf(period), view), {
    enabled: needsPrevious,
  });
  const figures = useMemo<SupervisionFigures | null>(() => {
    if (!report.data) return null;
    const current = figureValues(report.data);
    const before: Report | Report['previous'] | undefined = report.data.previous ?? previousReport.data;
    const previous = before ? figureValues(before) : null;
    return { current, previous, deltas: figureDeltas(current, previous) };
  }, [report.data, previousReport.data]);
  return { report, figures };
}
