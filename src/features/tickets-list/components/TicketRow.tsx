import { memo, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Ticket } from '../../../contract/models.ts';
import type { Density } from '../columns/columnPreferences.ts';
import type { TicketColumn } from '../columns/ticketColumns.ts';
import { cellContent } from './TicketCells.tsx';
import { RowActions } from './RowActions.tsx';
import classes from './TicketTable.module.css';

type TicketRowProps = {
  ticket: Ticket;
  /** The chosen columns, in order. */
  columns: readonly TicketColumn[];
  density: Density;
  /** A cell before the chosen columns (the bulk selection's checkbox), when there is one. */
  leading?: ReactNode;
  /** The pointer or focus is on the row: a good moment to prefetch its detail. */
  onIntent?: (ticket: Ticket) => void;
};

/**
 * One ticket. The subject is a real link stretched over the row: click, middle-click, Ctrl+click
 * and Enter all behave like a link. `data-ticket-id` is what keyboard navigation moves between.
 */
export const TicketRow = memo(function TicketRow({
  ticket,
  columns,
  density,
  leading,
  onIntent,
}: TicketRowProps) {
  const i18n = useI18n();
  const intent = onIntent ? () => onIntent(ticket) : undefined;
  return (
    <tr className={classes.row} data-ticket-id={ticket.id} onMouseEnter={intent} onFocus={intent}>
      {leading !== undefined && <td className={classes.leadingCell}>{leading}</td>}
      {columns.map((column) => (
        <td key={column} data-column={column}>
          {cellContent(column, ticket, i18n, density)}
        </td>
      ))}
      <td className={classes.actionsCell}>
        <RowActions ticket={ticket} />
      </td>
    </tr>
  );
});
