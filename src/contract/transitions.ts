import { TICKET_STATES, type TicketState } from './enums.ts';

/**
 * Allowed state changes: a closed ticket cannot change; done may go to closed or back to open; every
 * other state may go to any state but new. Staying in the same state is not a transition. A state
 * upstream added (unknown here) is one of the "other" states: the server has the last word.
 */
export function allowedTransitions(from: string): TicketState[] {
  if (from === 'closed') return [];
  if (from === 'done') return ['closed', 'open'];
  return TICKET_STATES.filter((to) => to !== 'new' && to !== from);
}

export function canTransition(from: string, to: TicketState): boolean {
  return allowedTransitions(from).includes(to);
}
