import { useSyncExternalStore } from 'react';
import type { Ticket } from '../../contract/models.ts';

/**
 * The ticket the list's keyboard focus is on, for the command palette's "on this ticket" actions.
 * Null when no list is shown or no row has had the focus.
 */
let focused: Ticket | null = null;
const listeners = new Set<() => void>();

export function setFocusedTicket(ticket: Ticket | null): void {
  if (focused === ticket) return;
  focused = ticket;
  for (const listener of listeners) listener();
}

export function focusedTicket(): Ticket | null {
  return focused;
}

export function useFocusedTicket(): Ticket | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => focused,
  );
}
