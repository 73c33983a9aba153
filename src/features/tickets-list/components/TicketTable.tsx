import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { SortOrder, TicketOrderBy } from '../../../lib/list-view/ticketListView.ts';
import type { Ticket } from '../../../contract/models.ts';
import { SkeletonRows } from '../../../lib/feedback/LoadingState.tsx';
import { SORTABLE_COLUMNS, TICKET_COLUMNS } from './columns.ts';
import { SortableHeader } from './SortableHeader.tsx';
import classes from './TicketTable.module.css';
import { TicketRow } from './TicketRow.tsx';

type TicketTableProps = {
  /** Null while the first page loads: skeleton rows are shown instead. */
  tickets: Ticket[] | null;
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
  skeletonRows,
  orderby,
  order,
  onSort,
  onRowIntent,
  stale,
}: TicketTableProps) {
  const { t } = useI18n();
  const sortedColumn = t(`list.col.${orderby}`);
  return (
    <div className={classes.scrollContainer}>
      <table
        className={classes.table}
        aria-busy={tickets === null || Boolean(stale)}
        data-stale={stale || undefined}
      >
        <caption className={classes.visuallyHidden}>
          {t('list.caption', { column: sortedColumn, order: t(`list.sort.${order}`) })}
        </caption>
        <thead className={classes.head}>
          <tr>
            {TICKET_COLUMNS.map((column) => {
              const label = t(`list.col.${column}`);
              const sortKey = SORTABLE_COLUMNS[column];
              if (!sortKey) {
                return (
                  <th key={column} scope="col">
                    {label}
                  </th>
                );
              }
              return (
                <SortableHeader
                  key={column}
                  label={label}
                  sorted={orderby === sortKey ? order : null}
                  sortLabel={t('list.sort.by', { column: label })}
                  onSort={() => onSort(sortKey)}
                />
              );
            })}
          </tr>
        </thead>
        <tbody className={classes.body}>
          {tickets === null ? (
            <SkeletonRows rows={skeletonRows} columns={TICKET_COLUMNS.length} />
          ) : (
            tickets.map((ticket) => <TicketRow key={ticket.id} ticket={ticket} onIntent={onRowIntent} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
