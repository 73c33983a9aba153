import '@mantine/core/styles/Table.css';
import { Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import {
  sortWorkload,
  WORKLOAD_COLUMNS,
  type WorkloadColumn,
  type WorkloadRow,
  type WorkloadSort,
} from '../workload.ts';
import { CountLink } from './CountLink.tsx';
import { formatFigure } from './formatFigure.ts';

export type CountColumn = Exclude<WorkloadColumn, 'name' | 'avgDuration'>;

type WorkloadTableProps = {
  title: string;
  /** The first column's header: Agent or Group. */
  nameHeader: string;
  /** How a row without an id is named: the unassigned tickets, or those of no group. */
  noName: string;
  rows: WorkloadRow[];
  hrefOf: (row: WorkloadRow, column: CountColumn) => string | null;
};

/** Who (or which group) carries what: sortable by every column, each count a link to its tickets. */
export function WorkloadTable({ title, nameHeader, noName, rows, hrefOf }: WorkloadTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [sort, setSort] = useState<WorkloadSort>({ column: 'active', direction: 'desc' });
  const sorted = sortWorkload(rows, sort, i18n.locale);
  const header = (column: WorkloadColumn) =>
    column === 'name' ? nameHeader : t(`supervision.column.${column}`);
  const toggle = (column: WorkloadColumn) =>
    setSort((current) => ({
      column,
      direction:
        current.column === column
          ? current.direction === 'desc'
            ? 'asc'
            : 'desc'
          : column === 'name'
            ? 'asc'
            : 'desc',
    }));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Text component="h2" id={headingId} size="lg" fw={600} mb="sm">
        {title}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              {WORKLOAD_COLUMNS.map((column) => {
                const active = sort.column === column;
                const Icon = !active
                  ? IconArrowsSort
                  : sort.direction === 'asc'
                    ? IconArrowUp
                    : IconArrowDown;
                return (
                  <Table.Th
                    key={column}
                    scope="col"
                    aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                    ta={column === 'name' ? undefined : 'right'}
                  >
                    <UnstyledButton
                      onClick={() => toggle(column)}
                      title={t('supervision.sortBy', { column: header(column) })}
                      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600 }}
                    >
                      {header(column)}
                      <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.5 }} />
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => {
              const name = row.name ?? noName;
              const cell = (column: CountColumn) => {
                const value = row[column];
                if (value === null)
                  return (
                    <span title={t('supervision.unavailable.late')}>{t('supervision.unavailable')}</span>
                  );
                return (
                  <CountLink
                    href={hrefOf(row, column)}
                    label={t('supervision.cell.open', { count: value, column: header(column), name })}
                    unavailable={t('supervision.unavailable.link')}
                  >
                    {i18n.formatNumber(value)}
                  </CountLink>
                );
              };
              return (
                <Table.Tr key={row.id ?? 'none'}>
                  <Table.Th
                    scope="row"
                    fw={row.id === null ? 400 : 500}
                    fs={row.id === null ? 'italic' : undefined}
                  >
                    {name}
                  </Table.Th>
                  <Table.Td ta="right">{cell('active')}</Table.Td>
                  <Table.Td ta="right">{cell('late')}</Table.Td>
                  <Table.Td ta="right">{cell('resolved')}</Table.Td>
                  <Table.Td ta="right">{formatFigure('avgDuration', row.avgDuration, i18n)}</Table.Td>
                  <Table.Td ta="right">{cell('total')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
