/** What undoing a change sends: the previous values, and only where the rules let it go back. */
import { isKnownState, type TicketState } from '../../../contract/enums.ts';
import type { GroupRef, Ticket } from '../../../contract/models.ts';
import type { UpdateTicketInput } from '../../../contract/requests.ts';
import { canTransition } from '../../../contract/transitions.ts';

/** How long a change can be undone. */
export const UNDO_MS = 10_000;

/** The state to go back to after `previous` → `next`, or null when the transition rules forbid it. */
export function stateToRestore(previous: string, next: TicketState): TicketState | null {
  return isKnownState(previous) && previous !== next && canTransition(next, previous) ? previous : null;
}

/**
 * Closing cannot be undone upstream (a closed ticket cannot change): it is held back for the undo
 * window and only then sent, so Undo really leaves the ticket as it was.
 */
export function isDeferred(next: TicketState): boolean {
  return next === 'closed';
}

type AssignmentValue = { agentId: number | null; group: GroupRef | null };

export function assignmentOf(ticket: Pick<Ticket, 'agent' | 'group'>): AssignmentValue {
  return { agentId: ticket.agent?.id ?? null, group: ticket.group };
}

/**
 * The update that moves `from` to `to`: only the fields that differ, so an agent never re-sends a group
 * he may not move a ticket into (the server checks any group sent, changed or not).
 */
export function assignmentChanges(from: AssignmentValue, to: AssignmentValue): UpdateTicketInput {
  const changes: UpdateTicketInput = {};
  if (from.agentId !== to.agentId) changes.agent = to.agentId === null ? '' : String(to.agentId);
  if ((from.group?.id ?? null) !== (to.group?.id ?? null)) changes.group = to.group ? to.group.id : '';
  return changes;
}
