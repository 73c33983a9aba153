import '@mantine/charts/styles.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconRefresh } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { canSupervise, isAdmin } from '../../lib/api/auth/roles.ts';
import { toLocalDay } from '../../lib/dates/dayBounds.ts';
import { EmptyState } from '../../lib/feedback/EmptyState.tsx';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { LoadingState } from '../../lib/feedback/LoadingState.tsx';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { listCapabilities } from '../../lib/list-view/listCapabilities.ts';
import { paths } from '../../lib/routing/paths.ts';
import { DailyChart, dayRows } from './components/DailyChart.tsx';
import { FigureGrid } from './components/FigureGrid.tsx';
import { PeriodControls } from './components/PeriodControls.tsx';
import { StateChart } from './components/StateChart.tsx';
import { WorkloadTable } from './components/WorkloadTable.tsx';
import { downloadBlob } from './download.ts';
import {
  ACTIVE_STATES,
  drillDownHref,
  lateDrill,
  RESOLVED_STATES,
  reportDayWindow,
  type DrillContext,
} from './drillDown.ts';
import type { FigureId } from './figures.ts';
import { reportCsv } from './reportCsv.ts';
import { periodOf } from './supervisionView.ts';
import { usePickerOptions } from './usePickerOptions.ts';
import { useSupervisionReport } from './useSupervisionReport.ts';
import { useSupervisionView } from './useSupervisionView.ts';
import { agentRows, groupRows } from './workload.ts';

/** The team's tickets at a glance, for supervisors (their groups) and admins (the enterprise). */
export default function SupervisionPage() {
  const user = useCurrentUser();
  if (!canSupervise(user)) return <Navigate to={paths.tickets.href()} replace />;
  return <Supervision />;
}

function Supervision() {
  const i18n = useI18n();
  const { t } = i18n;
  const user = useCurrentUser();
  const [view, setView] = useSupervisionView();
  const today = toLocalDay(new Date());
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the period moves with the day, not each render
  const period = useMemo(() => periodOf(view, new Date()), [view, today]);
  const { report, figures } = useSupervisionReport(user.enterprise_id, period, view);
  const options = usePickerOptions(user);
  const context: DrillContext = useMemo(
    () => ({ admin: isAdmin(user), capabilities: listCapabilities(user) }),
    [user],
  );
  const scope = { created: period, agent: view.agent, group: view.group };
  // "Late" is as of now, whatever the period: a link made now lists the tickets late now.
  const now = new Date();

  const figureHref = (figure: FigureId): string | null => {
    switch (figure) {
      case 'total':
        return drillDownHref(scope, context);
      case 'resolved':
        return drillDownHref({ ...scope, states: RESOLVED_STATES }, context);
      case 'active':
        return drillDownHref({ ...scope, states: ACTIVE_STATES }, context);
      case 'unassigned':
        return drillDownHref({ ...scope, states: ACTIVE_STATES, agent: null }, context);
      case 'late':
        return drillDownHref(lateDrill(scope, now), context);
      default:
        return null;
    }
  };
  const statesOf = (column: 'active' | 'resolved' | 'total') =>
    column === 'active' ? ACTIVE_STATES : column === 'resolved' ? RESOLVED_STATES : undefined;

  const data = report.data;
  const exportCsv = () => {
    if (!data || !figures) return;
    const csv = reportCsv(data, period, figures, t);
    downloadBlob(
      new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }),
      `supervision-${period.from}-${period.to}.csv`,
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('supervision.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('supervision.subtitle', {
              from: i18n.formatDate(period.start),
              to: i18n.formatDate(period.end),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={report.isFetching}
            onClick={() => void report.refetch()}
          >
            {t('supervision.refresh')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={!data}
            onClick={exportCsv}
          >
            {t('supervision.exportCsv')}
          </Button>
        </Group>
      </Group>

      <PeriodControls
        view={view}
        period={period}
        groups={options.groups}
        agents={options.agents}
        onChange={setView}
      />

      {report.isPending ? (
        <LoadingState label={t('supervision.loading')} />
      ) : report.isError && !data ? (
        <ErrorState
          error={report.error}
          title={t('supervision.error.title')}
          onRetry={() => void report.refetch()}
          retrying={report.isFetching}
        />
      ) : data && figures ? (
        <>
          {report.isError && (
            <ErrorState
              error={report.error}
              title={t('supervision.error.title')}
              onRetry={() => void report.refetch()}
              retrying={report.isFetching}
            />
          )}
          {data.total === 0 ? (
            <EmptyState title={t('supervision.empty.title')} description={t('supervision.empty.text')} />
          ) : (
            <>
              <FigureGrid
                figures={figures}
                days={period.days}
                hrefOf={figureHref}
                note={figureHref('total') === null ? t('supervision.unavailable.links') : undefined}
              />
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                <DailyChart
                  days={dayRows(data.by_day, period)}
                  cohort={data.by_day.every((day) => day.resolved !== undefined)}
                  linksOf={(date) => {
                    const created = reportDayWindow(date, period);
                    const cohort = data.by_day.every((day) => day.resolved !== undefined);
                    return {
                      created: drillDownHref({ ...scope, created }, context),
                      resolved: cohort
                        ? drillDownHref({ ...scope, created, states: RESOLVED_STATES }, context)
                        : null,
                    };
                  }}
                />
                <StateChart
                  byState={data.by_state}
                  hrefOf={(states) => drillDownHref({ ...scope, states }, context)}
                />
              </SimpleGrid>
              <WorkloadTable
                title={t('supervision.workload.agents')}
                nameHeader={t('supervision.column.agent')}
                noName={t('supervision.unassigned')}
                rows={agentRows(data)}
                hrefOf={(row, column) => {
                  const agent = { ...scope, agent: row.id };
                  return drillDownHref(
                    column === 'late' ? lateDrill(agent, now) : { ...agent, states: statesOf(column) },
                    context,
                  );
                }}
              />
              <WorkloadTable
                title={t('supervision.workload.groups')}
                nameHeader={t('supervision.column.group')}
                noName={t('supervision.noGroup')}
                rows={groupRows(data)}
                hrefOf={(row, column) => {
                  if (row.id === null) return null;
                  const group = { ...scope, group: row.id };
                  return drillDownHref(
                    column === 'late' ? lateDrill(group, now) : { ...group, states: statesOf(column) },
                    context,
                  );
                }}
              />
            </>
          )}
        </>
      ) : null}
    </Stack>
  );
}
