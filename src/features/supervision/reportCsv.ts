/** The report as a CSV file, built in the browser with the contract's formula-safe cells. */
import { toCsv } from '../../contract/csv.ts';
import type { Report } from '../../contract/report.ts';
import type { TranslationKey } from '../../lib/i18n/I18nProvider.tsx';
import { FIGURE_IDS, type FigureValues } from './figures.ts';
import type { Period } from './supervisionView.ts';
import { agentRows, groupRows, WORKLOAD_COLUMNS, type WorkloadRow } from './workload.ts';

type T = (key: TranslationKey) => string;

const value = (n: number | null) => (n === null ? '' : n);

function workloadSection(title: string, rows: WorkloadRow[], noName: string, t: T): unknown[][] {
  return [
    [title, ...WORKLOAD_COLUMNS.slice(1).map((column) => t(`supervision.column.${column}`))],
    ...rows.map((row) => [
      row.name ?? noName,
      row.active,
      value(row.late),
      row.resolved,
      value(row.avgDuration),
      row.total,
    ]),
  ];
}

export function reportCsv(
  report: Report,
  period: Period,
  figures: { current: FigureValues; previous: FigureValues | null },
  t: T,
): string {
  const rows: unknown[][] = [
    [t('supervision.csv.period'), period.from, period.to],
    [],
    [t('supervision.csv.figure'), t('supervision.csv.value'), t('supervision.csv.previous')],
    ...FIGURE_IDS.map((id) => [
      t(`supervision.figure.${id}`),
      value(figures.current[id]),
      value(figures.previous?.[id] ?? null),
    ]),
    [],
    ...workloadSection(t('supervision.column.agent'), agentRows(report), t('supervision.unassigned'), t),
    [],
    ...workloadSection(t('supervision.column.group'), groupRows(report), t('supervision.noGroup'), t),
    [],
    [
      t('supervision.csv.day'),
      t('supervision.daily.created'),
      t('supervision.daily.resolved'),
      t('supervision.csv.completed'),
    ],
    ...report.by_day.map((day) => [day.date, day.created, value(day.resolved ?? null), day.done]),
  ];
  return toCsv(rows);
}
