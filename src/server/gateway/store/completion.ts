/**
 * When a stored ticket was last completed (entered `done`): what upstream's report reads from each
 * ticket's `ticket.completed` events, kept here without an events call per ticket.
 *
 * - Seen happen (a copy, webhook or re-read shows `done` where the store held another state): the
 *   `modified` of the copy that first shows it. Upstream stamps the event with the write's instant and
 *   `modified` with the same write (whole seconds, at most a second or two later when several changes
 *   land within one second), so the day and the period are the same but at a boundary that close.
 * - First seen already resolved (`done`, or `closed`, which follows done): its session's planned end
 *   (`end_time`), or `modified` when that is earlier (marked done before the planned end). Upstream's
 *   instant is when the agent marked it done, usually minutes around the session's end: the day can
 *   differ for sessions ending around midnight UTC, and a ticket reopened before the store first saw it
 *   has a completion upstream that the store does not know.
 * - Any other change keeps what the store knew (done → closed or → open keeps the last completion, as
 *   upstream's latest event does). A ticket seen going from an unresolved state straight to `closed`
 *   gets none: exact when it was closed without being done, but a done step between two reads the store
 *   missed (no webhook, both within one sync interval) is not counted.
 */
import { STATE_FAMILIES } from '../../../contract/enums.ts';

const RESOLVED: readonly string[] = STATE_FAMILIES.resolved;

type Copy = { state: string; modified: number; end_time: number | null };

/** The completion of a ticket the store sees for the first time. */
export function inferredCompletion(copy: Copy): number | null {
  if (!RESOLVED.includes(copy.state)) return null;
  return copy.end_time !== null && copy.end_time < copy.modified ? copy.end_time : copy.modified;
}

/** The completion to store with `incoming`, a copy newer than `stored` (undefined: not stored yet). */
export function nextCompletion(
  stored: { state: string; completed: number | null } | undefined,
  incoming: Copy,
): number | null {
  if (!stored) return inferredCompletion(incoming);
  if (incoming.state === 'done' && stored.state !== 'done') return incoming.modified;
  return stored.completed;
}
