import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { runMigrations } from './migrations.ts';

export type Database = BetterSqlite3.Database;

export const DATABASE_FILE = 'apizee.sqlite';

/** Opens (creating if needed) `${dataDir}/apizee.sqlite` in WAL mode and brings its schema up to date. */
export function openDatabase(dataDir: string): Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  runMigrations(db);
  db.pragma('optimize = 0x10002');
  return db;
}
