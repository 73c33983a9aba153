import '@mantine/core/styles/ColorSwatch.css';
import '@mantine/core/styles/Table.css';
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Report } from '../../../contract/report.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { ChartCard } from './ChartCard.tsx';
import { CountLink } from './CountLink.tsx';

export type DayRow = { date: string; created: number; resolved: number };
type DayLinks = { created: string | null; resolved: string | null };

type DailyChartProps = {
  days: DayRow[];
  /** Whether `resolved` is the day's tickets now resolved (true) or the completions that day (the base report). */
  cohort: boolean;
  linksOf: (date: string) => DayLinks;
};

/** Every UTC day of the period with the report's counts, zero for a day the report leaves out. */
export function dayRows(byDay: Report['by_day'], period: { start: number; end: number }): DayRow[] {
  const known = new Map(byDay.map((day) => [day.date, day]));
  const rows: DayRow[] = [];
  const last = new Date(period.end).toISOString().slice(0, 10);
  for (let time = period.start; ; time += 86_400_000) {
    const date = new Date(time).toISOString().slice(0, 10);
    const day = known.get(date);
    rows.push({ date, created: day?.created ?? 0, resolved: day ? (day.resolved ?? day.done) : 0 });
    if (date >= last) break;
  }
  return rows;
}

export function DailyChart({ days, cohort, linksOf }: DailyChartProps) {
  const { t, formatDate, locale } = useI18n();
  const navigate = useNavigate();
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const label = (date: string) => shortDay.format(new Date(`${date}T12:00:00Z`));
  const resolvedLabel = cohort ? t('supervision.daily.resolved') : t('supervision.daily.resolvedFallback');
  const created = days.reduce((sum, day) => sum + day.created, 0);
  const resolved = days.reduce((sum, day) => sum + day.resolved, 0);
  const data = days.map((day) => ({ ...day, label: label(day.date) }));

  const open = (date: string, series: 'created' | 'resolved') => {
    const href = linksOf(date)[series];
    if (href) void navigate(href);
  };

  return (
    <ChartCard
      title={t('supervision.daily.title')}
      summary={t('supervision.daily.summary', { created, resolved, days: days.length })}
      filename="tickets-per-day"
      chart={
        <BarChart
          h={260}
          data={data}
          dataKey="label"
          series={[
            { name: 'created', label: t('supervision.daily.created'), color: 'blue.6' },
            { name: 'resolved', label: resolvedLabel, color: 'orange.6' },
          ]}
          withLegend
          legendProps={{ verticalAlign: 'bottom', itemSorter: 'dataKey' }}
          tickLine="y"
          accessibilityLayer={false}
          maxBarWidth={28}
          barProps={(series) => ({
            cursor: 'pointer',
            onClick: (bar) => open((bar.payload as DayRow).date, series.name as 'created' | 'resolved'),
          })}
        />
      }
      table={
        <Table striped highlightOnHover stickyHeader mt="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('supervision.daily.day')}</Table.Th>
              <Table.Th scope="col">{t('supervision.daily.created')}</Table.Th>
              <Table.Th scope="col">{resolvedLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => {
              const links = linksOf(day.date);
              return (
                <Table.Tr key={day.date}>
                  <Table.Th scope="row" fw={400}>
                    {formatDate(`${day.date}T12:00:00Z`)}
                  </Table.Th>
                  <Table.Td>
                    <CountLink href={links.created}>{day.created}</CountLink>
                  </Table.Td>
                  <Table.Td>
                    <CountLink href={links.resolved}>{day.resolved}</CountLink>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
