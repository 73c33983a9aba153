/**
 * `GET /api/v3/tickets` answered from the store: every documented filter plus `state`,
 * `user=unassigned|visible` and `service=all`, exact counts, and search over the folded text
 * (searchText.ts) — always within the tickets the user's own upstream answers showed them.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { stateRankSql } from '../../../contract/stateLifecycle.ts';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import type { ListTicketsParams } from '../../../contract/requests.ts';
import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { keptCount } from './countCache.ts';
import { isSqlite } from './database.ts';
import { listPageIndex } from './listAccess.ts';
import type { StoreSchema } from './schema.ts';
import { ftsMatch, wordPrefixPattern, searchTerms } from './searchText.ts';

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

/** States sort in the order of their lifecycle, not of their names (migration 009 indexes this very text). */
const stateRank = sql<number>`${sql.raw(stateRankSql('t.state'))}`;

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
  const terms = params.search === undefined ? [] : searchTerms(params.search);
  if (terms.length > 0 && isSqlite(db)) {
    // The search text is its words (runs of letters and digits) between spaces, and FTS5's unicode61
    // tokens are those same runs: a word prefix in the index (migration 008) is the LIKE below.
    query = query.where(
      sql<boolean>`t.id IN (SELECT rowid FROM store_tickets_fts WHERE store_tickets_fts MATCH ${ftsMatch(terms)})`,
    );
  } else {
    for (const term of terms)
      query = query.where(sql<boolean>`t.search_text LIKE ${wordPrefixPattern(term)} ESCAPE '\\'`);
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

const FROM_TICKETS = 'from "store_tickets" as "t"';

/** The query run reading `t` from `index` (SQLite's INDEXED BY, which Kysely cannot write). */
function indexedBy<Row>(query: CompiledQuery<Row>, index: string): CompiledQuery<Row> {
  if (!query.sql.includes(FROM_TICKETS)) throw new Error('a list query reads store_tickets as t');
  return CompiledQuery.raw(query.sql.replace(FROM_TICKETS, `${FROM_TICKETS} indexed by "${index}"`), [
    ...query.parameters,
  ]) as CompiledQuery<Row>;
}

/**
 * The query of a list's page: its ids and sort keys first, its bodies after, so that a sort holds two
 * numbers per ticket rather than every matching ticket's JSON; on SQLite, read from `index` if given.
 */
export function storedPageQuery(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
  index: string | null = null,
): CompiledQuery<{ body: string }> {
  const direction = params.order === 'asc' ? 'asc' : 'desc';
  const orderby = params.orderby ?? 'start_time';
  const sortKey = orderby === 'state' ? stateRank : sql.ref(SORT_COLUMNS[orderby]);
  const pageIds = filtered(db, user, params, defaultServiceKey)
    .select(['t.id', sortKey.as('sort_key')])
    .orderBy(sortKey, direction)
    .orderBy('t.id', direction)
    .limit(params.limit ?? LIST_LIMIT_DEFAULT)
    .offset(params.offset ?? 0);
  const page = db
    .selectFrom(pageIds.as('p'))
    .innerJoin('store_tickets as s', 's.id', 'p.id')
    .select('s.body')
    .orderBy('p.sort_key', direction)
    .orderBy('p.id', direction)
    .compile();
  return index ? indexedBy(page, index) : page;
}

/** A page of a list with each ticket as the JSON text the store keeps (see `pageJson`). */
export type StoredPage = { bodies: string[]; total: number; next_offset: number | null };

export async function storedTicketPage(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
): Promise<StoredPage> {
  if (params.search !== undefined && searchTerms(params.search).length === 0) {
    return { bodies: [], total: 0, next_offset: null };
  }
  const offset = params.offset ?? 0;
  // Built first: a list the user may not see throws here, before a count is left pending.
  const plain = storedPageQuery(db, user, params, defaultServiceKey);
  const counting = countOf(db, user, params, defaultServiceKey);
  let rows: { body: string }[];
  let total: number;
  if (isSqlite(db)) {
    // The total first (usually kept): it picks the page's index, and past it there is no page to read.
    total = await counting;
    if (offset >= total) return { bodies: [], total, next_offset: null };
    const rowsWanted = offset + (params.limit ?? LIST_LIMIT_DEFAULT);
    const index = await listPageIndex(db, user.enterpriseId, params, total, rowsWanted);
    const page = index ? storedPageQuery(db, user, params, defaultServiceKey, index) : plain;
    rows = (await db.executeQuery(page)).rows;
  } else {
    [rows, total] = await Promise.all([db.executeQuery(plain).then((result) => result.rows), counting]);
  }
  const bodies = rows.map((row) => row.body);
  return { bodies, total, next_offset: offset + bodies.length < total ? offset + bodies.length : null };
}

/**
 * The page as the list's JSON envelope, its tickets' texts put in as they are: the store wrote each
 * with JSON.stringify (tickets.ts), so parsing 50 of them to write them again would only cost time.
 */
export function pageJson(page: StoredPage): string {
  return `{"data":[${page.bodies.join(',')}],"total":${page.total},"next_offset":${page.next_offset ?? 'null'}}`;
}

export async function listStoredTickets(
  db: Kysely<StoreSchema>,
  user: StoreListUser,
  params: ListTicketsParams,
  defaultServiceKey: string | null,
): Promise<ListEnvelope<Ticket>> {
  const page = await storedTicketPage(db, user, params, defaultServiceKey);
  const data = page.bodies.map((body) => JSON.parse(body) as Ticket);
  return { data, total: page.total, next_offset: page.next_offset };
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
