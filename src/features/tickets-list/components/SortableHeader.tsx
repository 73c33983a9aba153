import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { SortOrder } from '../../../lib/list-view/ticketListView.ts';
import classes from './TicketTable.module.css';

type SortableHeaderProps = {
  column: string;
  label: string;
  /** The current order when the list is sorted by this column, else null. */
  sorted: SortOrder | null;
  sortLabel: string;
  onSort: () => void;
};

/** A column header that sorts: a button inside the `th`, with `aria-sort` on the `th`. */
export function SortableHeader({ column, label, sorted, sortLabel, onSort }: SortableHeaderProps) {
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <th
      scope="col"
      data-column={column}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton onClick={onSort} className={classes.sortButton} title={sortLabel}>
        <span>{label}</span>
        <Icon size={14} aria-hidden className={sorted ? undefined : classes.sortIdle} />
      </UnstyledButton>
    </th>
  );
}
