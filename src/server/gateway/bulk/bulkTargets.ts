/**
 * The tickets a job will change, read from the store as the job starts: only tickets the user may
 * be served, with what the job compares (modified) and what Undo sends back (state, agent, group).
 */
import type { Kysely } from 'kysely';
import { BULK_MAX_TICKETS } from '../../../contract/bulk.ts';
import type { StoreListUser } from '../store/listTickets.ts';
import { listStoredTickets } from '../store/listTickets.ts';
import type { StoreSchema } from '../store/schema.ts';
import type { BulkTargets } from './bulkRequest.ts';

export type TicketSnapshot = {
  ticketId: number;
  modified: number;
  state: string;
  agentId: number | null;
  groupId: number | null;
};

export type ResolvedTargets =
  { ok: true; tickets: TicketSnapshot[] } | { ok: false; field: string; message: string };

/** The stored copies of these tickets the user may be served (stale ones too: a webhook keeps their state and modified). */
export async function storedSnapshots(
  db: Kysely<StoreSchema>,
  userId: number,
  ids: readonly number[],
): Promise<Map<number, TicketSnapshot>> {
  const snapshots = new Map<number, TicketSnapshot>();
  for (let start = 0; start < ids.length; start += 100) {
    const rows = await db
      .selectFrom('store_tickets as t')
      .innerJoin('store_visibility as v', (join) =>
        join.onRef('v.ticket_id', '=', 't.id').on('v.user_id', '=', userId),
      )
      .select(['t.id', 't.modified', 't.state', 't.agent_id', 't.group_id'])
      .where('t.id', 'in', ids.slice(start, start + 100))
      .execute();
    for (const row of rows) {
      snapshots.set(row.id, {
        ticketId: row.id,
        modified: Number(row.modified),
        state: row.state,
        agentId: row.agent_id,
        groupId: row.group_id,
      });
    }
  }
  return snapshots;
}

export async function resolveTargets(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  targets: BulkTargets,
  defaultServiceKey: string | null,
): Promise<ResolvedTargets> {
  let ids: number[];
  if ('ids' in targets) {
    ids = targets.ids;
  } else {
    const page = await listStoredTickets(
      db,
      user,
      { ...targets.filter, offset: 0, limit: BULK_MAX_TICKETS + 1 },
      defaultServiceKey,
    );
    if (page.total > BULK_MAX_TICKETS)
      return {
        ok: false,
        field: 'filter',
        message: `matches ${page.total} tickets: a job holds at most ${BULK_MAX_TICKETS}`,
      };
    if (page.total === 0) return { ok: false, field: 'filter', message: 'matches no ticket' };
    ids = page.data.map((ticket) => ticket.id);
  }
  const snapshots = await storedSnapshots(db, user.id, ids);
  const unseen = ids.filter((id) => !snapshots.has(id));
  if (unseen.length > 0)
    return { ok: false, field: 'ids', message: `tickets you may not see: ${unseen.slice(0, 20).join(', ')}` };
  return { ok: true, tickets: ids.map((id) => snapshots.get(id)!) };
}
