import type { BulkAction, BulkRequest } from '../../../contract/bulk.ts';
import type { TicketState } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { compareStates } from '../../../contract/stateLifecycle.ts';
import { allowedTransitions } from '../../../contract/transitions.ts';
import type { TicketSelection } from '../selection/selectionStore.ts';

/** The job's request: the ids picked, or the list's filters (no page) when "all matching" is chosen. */
export function bulkRequest(
  action: BulkAction,
  selection: TicketSelection,
  params: ListTicketsInput,
): BulkRequest {
  if (!selection.allMatching) return { action, ids: [...selection.ids] };
  const filter: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key === 'offset' || key === 'limit' || value === undefined || value === null || value === '')
      continue;
    filter[key] = Array.isArray(value) ? value.join(',') : (value as string | number);
  }
  return { action, filter };
}

/**
 * The states every selected ticket may move to, as far as this page shows them (the same rule as one
 * ticket's state menu); `complete` is false when some selected tickets are not on the page, whose
 * states only the server knows: it refuses those one by one, with its reason.
 */
export function commonTargets(
  selection: TicketSelection,
  rows: readonly Ticket[],
): { states: TicketState[]; complete: boolean } {
  const shown = selection.allMatching ? rows : rows.filter((ticket) => selection.ids.has(ticket.id));
  const complete = !selection.allMatching && shown.length === selection.ids.size;
  if (shown.length === 0) return { states: [], complete };
  const [first, ...others] = shown.map((ticket) => new Set(allowedTransitions(ticket.state)));
  const states = [...first!].filter((state) => others.every((allowed) => allowed.has(state)));
  return { states: states.sort(compareStates), complete };
}
