import type { Database } from './database.ts';

/**
 * Runs a bulk insert into a fresh database quickly: the ticket and event indexes are dropped during
 * the load and rebuilt after it (one sort each instead of a b-tree update per row), and the rollback
 * journal is kept in memory instead of copying every page through the WAL. Only for seeding, when
 * nothing else uses the database.
 */
export function bulkLoad(db: Database, load: () => void): void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('tickets', 'ticket_events')`,
    )
    .all() as { name: string; sql: string }[];
  db.pragma('journal_mode = MEMORY');
  try {
    db.transaction(() => {
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      load();
      for (const index of indexes) db.exec(index.sql);
    })();
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

/**
 * Planner statistics after a bulk load. `fullTables` get full statistics (with sampled ones the
 * planner walks the start-time index of tickets for date-range filters); sampled ones are enough for
 * the other tables.
 */
export function analyze(db: Database, fullTables: readonly string[] = []): void {
  if (fullTables.length === 0) {
    db.exec('ANALYZE');
    return;
  }
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
  db.pragma('analysis_limit = 0');
  for (const table of fullTables) db.exec(`ANALYZE "${table}"`);
}

/** Rows of a table (for summaries); `table` is one of ours, never user input. */
export function countRows(db: Database, table: string): number {
  return db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
}
