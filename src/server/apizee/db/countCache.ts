import type { Database } from './database.ts';
import { statement } from './statements.ts';

const MAX_ENTRIES = 500;

interface Cache {
  version: string;
  values: Map<string, unknown>;
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
 * it) asks the same count again. Counts, and other values read from whole lists (the bound of a
 * date-range page), are kept until the next write to the database.
 */
export function cachedValue<T>(db: Database, key: string, compute: () => T): T {
  const version = dataVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, values: new Map() };
    caches.set(db, cache);
  }
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = compute();
  if (cache.values.size >= MAX_ENTRIES) cache.values.delete(cache.values.keys().next().value!);
  cache.values.set(key, value);
  return value;
}

export function cachedCount(db: Database, key: string, count: () => number): number {
  return cachedValue(db, key, count);
}
