import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { SortOrder, TicketOrderBy } from '../../../lib/list-view/ticketListView.ts';
import type { Ticket } from '../../../contract/models.ts';
import { SkeletonRows } from '../../../lib/feedback/LoadingState.tsx';
import type { Density } from '../columns/columnPreferences.ts';
import { SORTABLE_COLUMNS, type TicketColumn } from '../columns/ticketColumns.ts';
import { SortableHeader } from './SortableHeader.tsx';
import classes from './TicketTable.module.css';
import { TicketRow } from './TicketRow.tsx';

/** A column before the chosen ones, which the chooser does not list (the bulk selection's checkbox). */
export type LeadingColumn = { header: ReactNode; cell: (ticket: Ticket) => ReactNode };

type TicketTableProps = {
  /** Null while the first page loads: skeleton rows are shown instead. */
  tickets: Ticket[] | null;
  /** The chosen columns, in order (see columns/useListPreferences.ts). */
  columns: readonly TicketColumn[];
  density: Density;
  leading?: LeadingColumn;
  skeletonRows: number;
  orderby: TicketOrderBy;
  order: SortOrder;
  onSort: (orderby: TicketOrderBy) => void;
  onRowIntent?: (ticket: Ticket) => void;
  /** True while a new page or filter loads with the previous rows still shown. */
  stale?: boolean;
};

export function TicketTable({
  tickets,
  columns,
  density,
  leading,
  skeletonRows,
  orderby,
  order,
  onSort,
  onRowIntent,
  stale,
}: TicketTableProps) {
  const { t } = useI18n();
  const sortedColumn = t(`list.col.${orderby}`);
  const cellCount = columns.length + 1 + (leading ? 1 : 0);
  return (
    <div className={classes.scrollContainer}>
      <table
        className={classes.table}
        aria-busy={tickets === null || Boolean(stale)}
        data-stale={stale || undefined}
        data-density={density}
        data-leading={leading ? true : undefined}
      >
        <caption className={classes.visuallyHidden}>
          {t('list.caption', { column: sortedColumn, order: t(`list.sort.${order}`) })}
        </caption>
        <thead className={classes.head}>
          <tr>
            {leading && (
              <th scope="col" className={classes.leadingCell}>
                {leading.header}
              </th>
            )}
            {columns.map((column) => {
              const label = t(`list.col.${column}`);
              const sortKey = SORTABLE_COLUMNS[column];
              if (!sortKey) {
                return (
                  <th key={column} scope="col" data-column={column}>
                    {label}
                  </th>
                );
              }
              return (
                <SortableHeader
                  key={column}
                  column={column}
                  label={label}
                  sorted={orderby === sortKey ? order : null}
                  sortLabel={t('list.sort.by', { column: label })}
                  onSort={() => onSort(sortKey)}
                />
              );
            })}
            <th scope="col" className={classes.actionsCell}>
              <span className={classes.visuallyHidden}>{t('list.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className={classes.body}>
          {tickets === null ? (
            <SkeletonRows rows={skeletonRows} columns={cellCount} />
          ) : (
            tickets.map((ticket) => (
              <TicketRow
                key={ticket.id}
                ticket={ticket}
                columns={columns}
                density={density}
                leading={leading?.cell(ticket)}
                onIntent={onRowIntent}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
