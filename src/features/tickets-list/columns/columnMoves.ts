/** The chooser's edits of the visible columns (loaded with the chooser, not with the rows). */
import { ALWAYS_SHOWN, type TicketColumn } from './ticketColumns.ts';

/** Shows a hidden column (at the end) or hides a shown one; the always-shown ones stay. */
export function toggleColumn(columns: readonly TicketColumn[], column: TicketColumn): TicketColumn[] {
  if (columns.includes(column)) {
    return ALWAYS_SHOWN.has(column) ? [...columns] : columns.filter((shown) => shown !== column);
  }
  return [...columns, column];
}

/** Moves a shown column one place earlier (-1) or later (+1); at an end, nothing changes. */
export function moveColumn(
  columns: readonly TicketColumn[],
  column: TicketColumn,
  by: -1 | 1,
): TicketColumn[] {
  const from = columns.indexOf(column);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const moved = [...columns];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}
