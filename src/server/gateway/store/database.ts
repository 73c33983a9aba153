/**
 * Opens the ticket store: SQLite in DATA_DIR (the embedded default, zero set-up) or the PostgreSQL
 * server at DATABASE_URL (shared by every gateway replica). One Kysely schema and query layer for
 * both; migrations run on open.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import type { StoreSchema } from './schema.ts';

export type StoreDialect = 'sqlite' | 'postgres';

export interface StoreDatabase {
  db: Kysely<StoreSchema>;
  dialect: StoreDialect;
  /** The PostgreSQL pool (LISTEN/NOTIFY needs its own client); absent on SQLite. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export type StoreLocation = { databaseUrl: string } | { sqliteFile: string };

const INT8_OID = 20;

/** Epoch milliseconds fit a double: read PostgreSQL's bigint as a number, not a string. */
function numericTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Whether a query layer runs on SQLite (where the store's own indexes and caches apply). */
export function isSqlite(db: Kysely<StoreSchema>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export const STORE_FILE = 'gateway-store.sqlite';

export function storeLocation(dataDir: string, databaseUrl: string | undefined): StoreLocation {
  return databaseUrl ? { databaseUrl } : { sqliteFile: path.join(dataDir, STORE_FILE) };
}

const MAX_CACHED_STATEMENTS = 500;

/**
 * The connection as Kysely sees it, each SQL text prepared once: Kysely prepares every query anew,
 * and a list request's dozen small queries spent more time there than in some of them. A statement
 * still iterating is never handed out twice (the store does not stream, but a caller could).
 */
function withStatementCache(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const cached = statements.get(text);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(text);
      if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      statements.set(text, statement);
      return statement;
    },
  };
}

function openSqlite(file: string): StoreDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<StoreSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string): StoreDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: numericTypes() });
  // An idle client's error (the server restarting) must not crash the process: the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', pool, close: () => db.destroy() };
}

export async function openStore(location: StoreLocation): Promise<StoreDatabase> {
  const store =
    'databaseUrl' in location ? openPostgres(location.databaseUrl) : openSqlite(location.sqliteFile);
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.dialect),
    migrationTableName: 'store_migrations',
    migrationLockTableName: 'store_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await store.close();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`The ticket store's migration ${failed ?? ''} failed: ${String(error)}`);
  }
  return store;
}
