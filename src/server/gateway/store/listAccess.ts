/**
 * Which index a SQLite list reads its page from. SQLite's planner cannot weigh an FTS5 match (a
 * virtual table), and with bound parameters it cannot weigh a date range either, so it guessed:
 * `since` with a start-time sort made it read every ticket since the date and sort them all (15 ms;
 * 45 ms with the word `heat`, the event loop blocked), where walking the start-time index finds the
 * 50 rows within a few hundred entries. The choice is made here from counts the store keeps, and the
 * same query always gets the same plan:
 * - walk the sort's index when the rows it would walk before finding the page are few: against the
 *   search's candidates (a common word), or below a bound without a search;
 * - a search otherwise goes through its candidates, each checked and sorted in the list-columns index
 *   (migration 009) without reading its row (a rare word, or a sort with no index);
 * - a list without a search otherwise is the planner's (a rare filter: its index finds it).
 * PostgreSQL's planner has statistics for all of it: never used there.
 */
import { sql, type Kysely } from 'kysely';
import type { ListTicketsParams } from '../../../contract/requests.ts';
import { keptCount } from './countCache.ts';
import type { StoreSchema } from './schema.ts';
import { ftsMatch, searchTerms } from './searchText.ts';

export const LIST_COLUMNS_INDEX = 'store_tickets_list_columns';

/** The sorts with an index ordered by them (within the enterprise). */
const SORT_INDEXES: Partial<Record<NonNullable<ListTicketsParams['orderby']>, string>> = {
  start_time: 'store_tickets_start_time',
  created: 'store_tickets_created',
  modified: 'store_tickets_modified',
  end_time: 'store_tickets_end_time',
  id: LIST_COLUMNS_INDEX,
  reference: 'store_tickets_reference',
  state: 'store_tickets_state_rank',
};

/**
 * A row walked in a sort index costs about this many candidates checked in the list-columns index
 * (its row is read for the filters the sort index lacks): measured at 100k, 5 µs against 0.5 µs.
 */
const WALKED_ROW_COST = 0.15;

/** A walk this long, in covering index entries, takes about a millisecond. */
const SHORT_WALK = 10_000;

async function searchCandidates(db: Kysely<StoreSchema>, match: string): Promise<number> {
  return keptCount(db, `fts ${match}`, async () => {
    const result = await sql<{ n: number }>`SELECT count(*) AS n FROM store_tickets_fts
      WHERE store_tickets_fts MATCH ${match}`.execute(db);
    return Number(result.rows[0]!.n);
  });
}

async function enterpriseTickets(db: Kysely<StoreSchema>, enterpriseId: number): Promise<number> {
  return keptCount(db, `enterprise ${enterpriseId}`, async () => {
    const row = await db
      .selectFrom('store_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('enterprise_id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

/**
 * The index a SQLite list's page should be read from, or null to leave it to the planner.
 * @param total the list's total (all its filters), known before its page is read
 * @param rowsWanted offset + limit: the rows the page's query must find
 */
export async function listPageIndex(
  db: Kysely<StoreSchema>,
  enterpriseId: number,
  params: ListTicketsParams,
  total: number,
  rowsWanted: number,
): Promise<string | null> {
  const terms = params.search === undefined ? [] : searchTerms(params.search);
  const sortIndex = SORT_INDEXES[params.orderby ?? 'start_time'];
  if (terms.length > 0 && !sortIndex) return LIST_COLUMNS_INDEX;
  if (!sortIndex) return null;
  const walked = (rowsWanted * (await enterpriseTickets(db, enterpriseId))) / Math.max(1, total);
  if (terms.length === 0) return walked <= SHORT_WALK ? sortIndex : null;
  const candidates = await searchCandidates(db, ftsMatch(terms));
  return walked * WALKED_ROW_COST < candidates ? sortIndex : LIST_COLUMNS_INDEX;
}
