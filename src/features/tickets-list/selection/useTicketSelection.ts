import { useSyncExternalStore } from 'react';
import { ticketSelection, type TicketSelection } from './selectionStore.ts';

/** The whole selection: for the header checkbox, the count and the bulk bar. */
export function useTicketSelection(): TicketSelection {
  return useSyncExternalStore(ticketSelection.subscribe, ticketSelection.getSnapshot);
}

/** Whether one row is selected: a row re-renders only when its own answer changes. */
export function useIsTicketSelected(id: number): boolean {
  return useSyncExternalStore(ticketSelection.subscribe, () => ticketSelection.isSelected(id));
}

/** How the page's checkboxes read: all of the page, some of it, or none. */
export function pageSelectionState(
  selection: TicketSelection,
  visible: readonly number[],
): 'all' | 'some' | 'none' {
  if (selection.allMatching) return 'all';
  const count = visible.filter((id) => selection.ids.has(id)).length;
  if (count === 0) return 'none';
  return count === visible.length ? 'all' : 'some';
}
