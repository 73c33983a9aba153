import type { Database } from './database.ts';
import { statement } from './statements.ts';

const MAX_ENTRIES = 500;

interface Cache {
  version: string;
  counts: Map<string, number>;
}

const caches = new WeakMap<Database, Cache>();

/**
 * A version of the data that changes on every write: `total_changes()` counts the rows this connection
 * changed, `data_version` moves when another connection commits.
 */
function dataVersion(db: Database): string {
  const external = statement(db, 'PRAGMA data_version').pluck().get() as number;
  const own = statement(db, 'SELECT total_changes()').pluck().get() as number;
  return `${external}:${own}`;
}

/**
 * Counting a large list reads every matching index entry; paging through the same list (or polling
 * it) asks the same count again. Counts are kept until the next write to the database.
 */
export function cachedCount(db: Database, key: string, count: () => number): number {
  const version = dataVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, counts: new Map() };
    caches.set(db, cache);
  }
  const known = cache.counts.get(key);
  if (known !== undefined) return known;
  const value = count();
  if (cache.counts.size >= MAX_ENTRIES) cache.counts.delete(cache.counts.keys().next().value!);
  cache.counts.set(key, value);
  return value;
}
