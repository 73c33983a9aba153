import { useEffect, useMemo } from 'react';
import type { Ticket } from '../../../contract/models.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { ticketSelection } from './selectionStore.ts';

/** The list's filters alone: paging, page size and sorting keep the selection. */
function filterKey(params: ListTicketsInput): string {
  const { offset: _offset, limit: _limit, orderby: _orderby, order: _order, ...filters } = params;
  return JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Tells the selection which rows are shown (for ranges and the page) and what the filters are:
 * other filters clear it. Returns the shown ids.
 */
export function useSelectionScope(
  rows: readonly Ticket[] | null,
  params: ListTicketsInput,
): readonly number[] {
  const visibleIds = useMemo(() => (rows ?? []).map((ticket) => ticket.id), [rows]);
  const key = filterKey(params);
  useEffect(() => ticketSelection.setVisible(visibleIds), [visibleIds]);
  useEffect(() => ticketSelection.setScope(key), [key]);
  // Leaving the list leaves its selection behind.
  useEffect(() => () => ticketSelection.clear(), []);
  return visibleIds;
}
