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

/** A state the selection may move to, and how many of the shown selected tickets can take it. */
export type BulkTarget = { state: TicketState; reachable: number };

/**
 * The states at least one selected ticket may move to, as far as this page shows them (the same rule as
 * one ticket's state menu), each with how many of the `shown` selected tickets can take it: the others
 * are sent too and refused one by one by the server with its reason, so nothing is skipped silently.
 * `complete` is false when some selected tickets are not on the page, whose states only the server knows.
 */
export function bulkTargets(
  selection: TicketSelection,
  rows: readonly Ticket[],
): { targets: BulkTarget[]; shown: number; complete: boolean } {
  const shown = selection.allMatching ? rows : rows.filter((ticket) => selection.ids.has(ticket.id));
  const complete = !selection.allMatching && shown.length === selection.ids.size;
  const reachable = new Map<TicketState, number>();
  for (const ticket of shown)
    for (const state of allowedTransitions(ticket.state))
      reachable.set(state, (reachable.get(state) ?? 0) + 1);
  const targets = [...reachable]
    .map(([state, count]) => ({ state, reachable: count }))
    .sort((a, b) => compareStates(a.state, b.state));
  return { targets, shown: shown.length, complete };
}
