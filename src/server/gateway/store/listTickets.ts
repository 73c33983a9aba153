/**
 * `GET /api/v3/tickets` answered from the store: every documented filter plus `state`,
 * `user=unassigned|visible` and `service=all`, exact counts, and search over the folded text
 * (searchText.ts) — always within the tickets the user's own upstream answers showed them.
 */
import { sql, type Kysely } from 'kysely';
import { TICKET_STATES } from '../../../contract/enums.ts';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import type { ListTicketsParams } from '../../../contract/requests.ts';
import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { keptCount } from './countCache.ts';
import { isSqlite } from './database.ts';
import type { StoreSchema } from './schema.ts';
import { ftsPrefix, wordPrefixPattern, searchTerms } from './searchText.ts';

export interface StoreListUser {
  id: number;
  enterpriseId: number;
  isAdmin: boolean;
}

export class StoreListForbidden extends Error {}

const SORT_COLUMNS = {
  start_time: 't.start_time',
  end_time: 't.end_time',
  created: 't.created',
  modified: 't.modified',
  id: 't.id',
  reference: 't.reference',
  state: 't.state',
} as const;

/** States sort in the order of their lifecycle, not of their names. */
const stateRank = sql<number>`CASE t.state ${sql.join(
  TICKET_STATES.map((state, rank) => sql`WHEN ${state} THEN ${rank}`),
  sql` `,
)} ELSE ${TICKET_STATES.length} END`;

/**
 * The tickets of a list as a query to select from: the user's visible tickets (their ledger) narrowed
 * by the list's filters. Lists, counts, exports and the supervision report all start here.
 */
export function filtered(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
) {
  let query = db
    .selectFrom('store_tickets as t')
    .innerJoin('store_visibility as v', (join) =>
      join.onRef('v.ticket_id', '=', 't.id').on('v.user_id', '=', user.id),
    )
    .where('t.enterprise_id', '=', user.enterpriseId);

  const owner = params.user;
  if (owner === 'all' && !user.isAdmin)
    throw new StoreListForbidden('Only an admin may list the tickets of every user');
  if (owner === undefined || owner === user.id) query = query.where('t.agent_id', '=', user.id);
  else if (owner === 'unassigned') query = query.where('t.agent_id', 'is', null);
  else if (typeof owner === 'number') query = query.where('t.agent_id', '=', owner);

  if (params.service === undefined) {
    if (defaultServiceKey !== null) query = query.where('t.service_key', '=', defaultServiceKey);
  } else if (params.service !== 'all') query = query.where('t.service_key', '=', params.service);

  if (params.group !== undefined) query = query.where('t.group_id', '=', params.group);
  if (params.since !== undefined) query = query.where('t.created', '>=', params.since);
  if (params.until !== undefined) query = query.where('t.created', '<', params.until);
  if (params.started_after !== undefined) query = query.where('t.start_time', '>=', params.started_after);
  if (params.started_before !== undefined) query = query.where('t.start_time', '<=', params.started_before);
  if (params.ended_before !== undefined) query = query.where('t.end_time', '<', params.ended_before);
  if (params.reference !== undefined) query = query.where('t.reference', '=', params.reference);
  if (params.type !== undefined) query = query.where('t.type', '=', params.type);
  if (params.requestor !== undefined) query = query.where('t.requestor_id', '=', params.requestor);
  if (params.state !== undefined) query = query.where('t.state', 'in', params.state);
  const indexed = isSqlite(db);
  for (const term of params.search === undefined ? [] : searchTerms(params.search)) {
    // The search text is its words (runs of letters and digits) between spaces, and FTS5's unicode61
    // tokens are those same runs: a word prefix in the index (migration 008, SQLite) is the LIKE below.
    query = query.where(
      indexed
        ? sql<boolean>`t.id IN (SELECT rowid FROM store_tickets_fts WHERE store_tickets_fts MATCH ${ftsPrefix(term)})`
        : sql<boolean>`t.search_text LIKE ${wordPrefixPattern(term)} ESCAPE '\\'`,
    );
  }
  return query;
}

/** What a list's total depends on: who asks and what they filter (not the page, nor the sort). */
function countKey(user: StoreListUser, params: ListTicketsParams, defaultServiceKey: string | null): string {
  const { offset: _offset, limit: _limit, order: _order, orderby: _orderby, ...filters } = params;
  const sorted = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([user.id, user.enterpriseId, user.isAdmin, defaultServiceKey, sorted]);
}

function countOf(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
): Promise<number> {
  return keptCount(db, countKey(user, params, defaultServiceKey), async () => {
    const count = await filtered(db, user, params, defaultServiceKey)
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    return Number(count.total);
  });
}

export async function listStoredTickets(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
): Promise<ListEnvelope<Ticket>> {
  if (params.search !== undefined && searchTerms(params.search).length === 0) {
    return { data: [], total: 0, next_offset: null };
  }
  const offset = params.offset ?? 0;
  const limit = params.limit ?? LIST_LIMIT_DEFAULT;
  const direction = params.order === 'asc' ? 'asc' : 'desc';
  const orderby = params.orderby ?? 'start_time';
  const base = filtered(db, user, params, defaultServiceKey);
  const sortKey = orderby === 'state' ? stateRank : sql.ref(SORT_COLUMNS[orderby]);
  const [rows, total] = await Promise.all([
    base
      .select(['t.body'])
      .orderBy(sortKey, direction)
      .orderBy('t.id', direction)
      .limit(limit)
      .offset(offset)
      .execute(),
    countOf(db, user, params, defaultServiceKey),
  ]);
  const data = rows.map((row) => JSON.parse(row.body) as Ticket);
  return { data, total, next_offset: offset + data.length < total ? offset + data.length : null };
}

/** How many tickets a list holds (its `total`), without reading any of them. */
export async function countStoredTickets(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
): Promise<number> {
  if (params.search !== undefined && searchTerms(params.search).length === 0) return 0;
  return countOf(db, user, params, defaultServiceKey);
}

/**
 * Every ticket of a list (offset and limit ignored), in its order, `batchSize` at a time: each batch
 * starts after the last row of the one before (keyset), so a long list is never held whole nor read
 * again from its start. Tickets without the sort key come after the others, whatever the dialect.
 */
export async function* storedTicketBatches(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
  batchSize: number,
): AsyncGenerator<Ticket[]> {
  if (params.search !== undefined && searchTerms(params.search).length === 0) return;
  const direction = params.order === 'asc' ? 'asc' : 'desc';
  const orderby = params.orderby ?? 'start_time';
  const key = orderby === 'state' ? stateRank : sql.ref(SORT_COLUMNS[orderby]);
  const keyIsNull = sql<number>`CASE WHEN ${key} IS NULL THEN 1 ELSE 0 END`;
  const after = direction === 'asc' ? sql.raw('>') : sql.raw('<');
  let last: { key: unknown; id: number } | null = null;
  for (;;) {
    let query = filtered(db, user, params, defaultServiceKey);
    if (last !== null) {
      const cursor: { key: unknown; id: number } = last;
      query = query.where(
        cursor.key === null
          ? sql<boolean>`(${key} IS NULL AND t.id ${after} ${cursor.id})`
          : sql<boolean>`(${key} IS NULL OR ${key} ${after} ${cursor.key} OR (${key} = ${cursor.key} AND t.id ${after} ${cursor.id}))`,
      );
    }
    const rows = await query
      .select(['t.body', 't.id', key.as('sort_key')])
      .orderBy(keyIsNull, 'asc')
      .orderBy(key, direction)
      .orderBy('t.id', direction)
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const tail = rows[rows.length - 1]!;
    last = { key: tail.sort_key ?? null, id: Number(tail.id) };
    yield rows.map((row) => JSON.parse(row.body) as Ticket);
    if (rows.length < batchSize) return;
  }
}
