/**
 * The ticket life cycle in one place: the order states sort in (the embedded server's
 * `orderby=state`, the gateway's store, the SPA) and the path an agent usually walks.
 */
import { TICKET_STATES, type TicketState } from './enums.ts';

/**
 * Lifecycle order: the main path (new → open → invited → in progress → done → closed), then the ways a
 * ticket ends without resolution. `TICKET_STATES` is already written in this order; naming it here
 * makes it the rule rather than a coincidence.
 */
export const STATE_LIFECYCLE: readonly TicketState[] = TICKET_STATES;

/** The main path an agent walks a ticket along. */
export const MAIN_PATH: readonly TicketState[] = ['open', 'invited', 'inprogress', 'done', 'closed'];

/** The rank of a state in the life cycle (0 for `new`); a state upstream added sorts after every known one. */
export function stateRank(state: string): number {
  const rank = (STATE_LIFECYCLE as readonly string[]).indexOf(state);
  return rank === -1 ? STATE_LIFECYCLE.length : rank;
}

/** Compares two states in lifecycle order (for `Array.prototype.sort`). */
export function compareStates(a: string, b: string): number {
  return stateRank(a) - stateRank(b);
}

/**
 * Splits the states one may move to into the next sensible steps (the rest of the main path, in
 * order, from where the ticket is) and the others (in lifecycle order). From a state off the main
 * path (rejected, declined, …) the whole main path is "next": reopening is the usual way back.
 */
export function nextAndOtherStates(
  from: string,
  targets: readonly TicketState[],
): { next: TicketState[]; other: TicketState[] } {
  const position = MAIN_PATH.indexOf(from as TicketState);
  const ahead = position === -1 ? MAIN_PATH : MAIN_PATH.slice(position + 1);
  const next = ahead.filter((state) => targets.includes(state));
  const other = [...targets].filter((state) => !next.includes(state)).sort(compareStates);
  return { next, other };
}

/** `CASE` expression ranking `column` by life cycle, for SQL `ORDER BY` (values come from the enum, not the caller). */
export function stateRankSql(column: string): string {
  const cases = STATE_LIFECYCLE.map((state, rank) => `WHEN '${state}' THEN ${rank}`).join(' ');
  return `CASE ${column} ${cases} ELSE ${STATE_LIFECYCLE.length} END`;
}
