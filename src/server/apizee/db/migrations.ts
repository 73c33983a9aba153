import type { Database } from './database.ts';
import { coreMigration } from './migrations/m001Core.ts';
import { countIndexesMigration } from './migrations/m002CountIndexes.ts';
import { searchSpeedMigration } from './migrations/m003SearchSpeed.ts';
import { dateRangesMigration } from './migrations/m004DateRanges.ts';
import { stateOrderMigration } from './migrations/m005StateOrder.ts';
import { mediasMigration } from './migrations/m100Medias.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * Applied in order, each in its own transaction. Versions below 100 belong to the API core,
 * versions from 100 to the medias module.
 */
export const migrations: readonly Migration[] = [
  coreMigration,
  countIndexesMigration,
  searchSpeedMigration,
  dateRangesMigration,
  stateOrderMigration,
  mediasMigration,
];

export function runMigrations(db: Database, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((version) => Number(version)),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.version, migration.name, Date.now());
    })();
    ran.push(migration.version);
  }
  return ran;
}
