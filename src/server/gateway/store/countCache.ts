/**
 * Exact list totals, kept until the store changes. A page of a list costs well under a millisecond
 * (an index walk that stops at 50 rows), but its total reads every matching ticket: 20–50 ms at 100k,
 * and on SQLite that time blocks the gateway's event loop for everyone. The same total is asked again
 * and again (each page, each refresh, each open list), so it is kept, per user and filter, for as long
 * as the store's lists version has not moved: triggers move it with every write to the tickets or
 * to who sees them, from any connection (migration 007), and nothing else does, so a kept total is
 * never stale and the budget's own bookkeeping does not throw totals away. PostgreSQL counts on its
 * own server, off the event loop, and has no such marker shared by replicas: not kept there.
 */
import { sql, type Kysely } from 'kysely';
import { isSqlite } from './database.ts';
import type { StoreSchema } from './schema.ts';

const MAX_KEPT_PER_STORE = 1000;

type Kept = { version: number; total: number };

const keptByStore = new WeakMap<Kysely<StoreSchema>, Map<string, Kept>>();

async function listsVersion(db: Kysely<StoreSchema>): Promise<number> {
  const result = await sql<{ version: number }>`SELECT version FROM store_lists_version`.execute(db);
  return result.rows[0]!.version;
}

/** `count()`'s answer for `key` (who asks and what they filter), from the last time if nothing changed. */
export async function keptCount(
  db: Kysely<StoreSchema>,
  key: string,
  count: () => Promise<number>,
): Promise<number> {
  if (!isSqlite(db)) return count();
  let kept = keptByStore.get(db);
  if (!kept) keptByStore.set(db, (kept = new Map()));
  const before = await listsVersion(db);
  const entry = kept.get(key);
  if (entry && entry.version === before) return entry.total;
  const total = await count();
  // A write between the two reads of the version: the total may be of either side, so not kept.
  if ((await listsVersion(db)) !== before) return total;
  kept.delete(key);
  kept.set(key, { version: before, total });
  // Oldest first (a Map keeps insertion order): past the cap, the least recently counted goes.
  if (kept.size > MAX_KEPT_PER_STORE) kept.delete(kept.keys().next().value!);
  return total;
}
