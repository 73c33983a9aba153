import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database.ts';

const caches = new WeakMap<Database, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, prepared once per database and SQL text. */
export function statement(db: Database, sql: string): BetterSqlite3.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    // Dynamic list queries vary with their filters; cap the cache so it cannot grow without bound.
    if (cache.size > 500) cache.clear();
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
