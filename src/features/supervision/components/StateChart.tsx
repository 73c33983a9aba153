import '@mantine/core/styles/ColorSwatch.css';
import '@mantine/core/styles/Table.css';
import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useNavigate } from 'react-router';
import { STATE_FAMILIES, type StateFamily, type TicketState } from '../../../contract/enums.ts';
import { stateRank } from '../../../contract/stateLifecycle.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { STATE_COLORS, StateBadge } from '../../../lib/ui/StateBadge.tsx';
import { familyCount } from '../figures.ts';
import { ChartCard } from './ChartCard.tsx';
import { CountLink } from './CountLink.tsx';

type StateChartProps = {
  byState: Record<string, number>;
  hrefOf: (states: readonly TicketState[]) => string | null;
};

const FAMILIES = Object.keys(STATE_FAMILIES) as StateFamily[];

/**
 * One bar per state family, split by state in the list's badge colours (so a state looks the same
 * everywhere); segments are outlined so that neighbouring hues stay apart for every eye.
 */
export function StateChart({ byState, hrefOf }: StateChartProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const data = FAMILIES.map((family) => ({
    family,
    label: t(`supervision.family.${family}`),
    ...Object.fromEntries(STATE_FAMILIES[family].map((state) => [state, byState[state] ?? 0])),
  }));
  const series = FAMILIES.flatMap((family) =>
    STATE_FAMILIES[family].map((state) => ({
      name: state,
      label: t(`state.${state}`),
      color: `${STATE_COLORS[state]}.6`,
      stackId: 'states',
    })),
  );
  const open = (states: readonly TicketState[]) => {
    const href = hrefOf(states);
    if (href) void navigate(href);
  };
  const counts = Object.fromEntries(FAMILIES.map((family) => [family, familyCount(byState, family)]));

  return (
    <ChartCard
      title={t('supervision.states.title')}
      summary={t('supervision.states.summary', counts)}
      filename="tickets-by-state"
      chart={
        <BarChart
          h={260}
          data={data}
          dataKey="label"
          type="stacked"
          orientation="vertical"
          series={series}
          withLegend
          legendProps={{
            verticalAlign: 'bottom',
            // Life-cycle order, as everywhere else, not alphabetical.
            itemSorter: (item) => stateRank(String(item.dataKey)),
          }}
          yAxisProps={{ width: 90 }}
          accessibilityLayer={false}
          barProps={(bar) => ({
            cursor: 'pointer',
            stroke: 'var(--mantine-color-body)',
            strokeWidth: 1,
            onClick: () => open([bar.name as TicketState]),
          })}
        />
      }
      table={
        <Table striped stickyHeader mt="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('supervision.states.family')}</Table.Th>
              <Table.Th scope="col">{t('supervision.states.state')}</Table.Th>
              <Table.Th scope="col">{t('supervision.states.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FAMILIES.flatMap((family) => [
              <Table.Tr key={family}>
                <Table.Th scope="row">{t(`supervision.family.${family}`)}</Table.Th>
                <Table.Td />
                <Table.Td fw={600}>
                  <CountLink href={hrefOf(STATE_FAMILIES[family])}>{counts[family]}</CountLink>
                </Table.Td>
              </Table.Tr>,
              ...STATE_FAMILIES[family].map((state) => (
                <Table.Tr key={state}>
                  <Table.Td />
                  <Table.Th scope="row" fw={400}>
                    <StateBadge state={state} />
                  </Table.Th>
                  <Table.Td>
                    <CountLink href={hrefOf([state])}>{byState[state] ?? 0}</CountLink>
                  </Table.Td>
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
