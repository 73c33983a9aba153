/**
 * The store's versioned migrations, in order; Kysely's Migrator records which ran (table
 * `store_migrations`) and runs each once, in a transaction, on SQLite and PostgreSQL alike. Never edit
 * a migration that has shipped: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { stateRankSql } from '../../../contract/stateLifecycle.ts';
import type { StoreDialect } from './database.ts';

type StoreMigration = (db: Kysely<unknown>, dialect: StoreDialect) => Promise<void>;

const m001Initial: StoreMigration = async (db, dialect) => {
  await db.schema
    .createTable('store_users')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('profile_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('store_tickets')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'integer')
    .addColumn('group_id', 'integer')
    .addColumn('service_key', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('requestor_id', 'integer')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('modified', 'bigint', (c) => c.notNull())
    .addColumn('start_time', 'bigint')
    .addColumn('end_time', 'bigint')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('stale_since', 'bigint')
    .execute();

  await db.schema
    .createTable('store_visibility')
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_visibility_pk', ['user_id', 'ticket_id'])
    .execute();
  await db.schema.createIndex('store_visibility_ticket').on('store_visibility').column('ticket_id').execute();

  // Lists walk a user's visible tickets in the order asked: one index per sort key the UI uses most.
  for (const column of ['start_time', 'created', 'modified', 'state']) {
    await db.schema
      .createIndex(`store_tickets_${column}`)
      .on('store_tickets')
      .columns(['enterprise_id', column, 'id'])
      .execute();
  }

  await db.schema
    .createTable('store_ticket_cache')
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('ticket_modified', 'bigint', (c) => c.notNull())
    .addColumn('fetched_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_ticket_cache_pk', ['user_id', 'ticket_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('store_ticket_cache_ticket')
    .on('store_ticket_cache')
    .column('ticket_id')
    .execute();

  await db.schema
    .createTable('store_response_cache')
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_response_cache_pk', ['user_id', 'path'])
    .execute();

  await db.schema
    .createTable('store_sync_scopes')
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('cursor', 'bigint')
    .addColumn('cursor_offset', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('synced', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer')
    .addColumn('watermark', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_sync_scopes_pk', ['user_id', 'scope'])
    .execute();

  await db.schema
    .createTable('store_budget_calls')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('store_budget_calls_user_at')
    .on('store_budget_calls')
    .columns(['user_id', 'at'])
    .execute();

  await db.schema
    .createTable('store_budget_state')
    .addColumn('user_id', 'integer', (c) => c.primaryKey())
    .addColumn('remaining', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .addColumn('observed_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('store_webhook_deliveries')
    .addColumn('digest', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('store_webhook_deliveries_received')
    .on('store_webhook_deliveries')
    .column('received_at')
    .execute();

  await db.schema
    .createTable('store_live_events')
    .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('user_ids', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();

  // Substring search (LIKE '%word%') over search_text: trigram indexes where the server has them.
  if (dialect === 'postgres') {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX store_tickets_search ON store_tickets USING gin (search_text gin_trgm_ops)`.execute(
      db,
    );
  }
};

/** Each user's saved list views (views/savedViews.ts), in the order of their navigation. */
const m003SavedViews: StoreMigration = async (db, dialect) => {
  await db.schema
    .createTable('store_saved_views')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('store_saved_views_user')
    .on('store_saved_views')
    .columns(['user_id', 'position'])
    .execute();
};

/** Sessions the gateway refuses though their cookie still opens (sessionRevocations.ts). */
const m002Sessions: StoreMigration = async (db) => {
  await db.schema
    .createTable('store_revoked_sessions')
    .addColumn('session_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    // The session's own expiry: past it the cookie no longer opens anyway, and the row can go.
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('store_revoked_sessions_expires')
    .on('store_revoked_sessions')
    .column('expires_at')
    .execute();
  await db.schema
    .createTable('store_session_cutoffs')
    .addColumn('user_id', 'integer', (c) => c.primaryKey())
    .addColumn('revoked_before', 'bigint', (c) => c.notNull())
    .execute();
};

/**
 * When each ticket was last completed (entered `done`), for the supervision report's per-day
 * completions (reports/storeReport.ts). The store records it when it sees the state change
 * (store/completion.ts); tickets already resolved here get the instant that rule gives a ticket first
 * seen resolved.
 */
const m005Report: StoreMigration = async (db) => {
  await db.schema.alterTable('store_tickets').addColumn('completed', 'bigint').execute();
  await sql`UPDATE store_tickets
    SET completed = CASE WHEN end_time IS NOT NULL AND end_time < modified THEN end_time ELSE modified END
    WHERE state IN ('done', 'closed')`.execute(db);
};

/**
 * A narrow copy of the tickets' enterprise, id and folded text. Before the FTS5 index (migration 008)
 * a search's count read the text from it (200 → 45 ms at 100k); now SQLite's planner reads it to
 * check the enterprise of each FTS candidate without touching the rows' JSON bodies. PostgreSQL
 * counts off the gateway's event loop, and its B-tree entries are limited in size (a long
 * description's text would not fit): SQLite only.
 */
const m006SearchTextIndex: StoreMigration = async (db, dialect) => {
  if (dialect !== 'sqlite') return;
  await db.schema
    .createIndex('store_tickets_search_text')
    .on('store_tickets')
    .columns(['enterprise_id', 'id', 'search_text'])
    .execute();
};

/**
 * A number that moves with every write to the tickets or to who sees them, and with nothing else (not
 * the budget's calls, nor sessions): the list totals kept in store/countCache.ts stay until it moves.
 * Kept by triggers, so no write path can forget it. SQLite only, as that cache is.
 */
const m007ListsVersion: StoreMigration = async (db, dialect) => {
  if (dialect !== 'sqlite') return;
  await sql`CREATE TABLE store_lists_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)`.execute(
    db,
  );
  await sql`INSERT INTO store_lists_version (id, version) VALUES (1, 0)`.execute(db);
  for (const table of ['store_tickets', 'store_visibility'])
    for (const event of ['INSERT', 'UPDATE', 'DELETE'])
      await sql
        .raw(
          `CREATE TRIGGER ${table}_${event.toLowerCase()}_lists_version AFTER ${event} ON ${table}
           BEGIN UPDATE store_lists_version SET version = version + 1 WHERE id = 1; END`,
        )
        .execute(db);
};

/**
 * The folded search text in an FTS5 index (SQLite): a search's candidates come from it in a
 * millisecond, where a word found nowhere made the list walk all 100k rows (200 ms, the event loop
 * blocked). Kept by triggers from store_tickets, so every write path keeps it. Its tokens are the
 * search text's words, so a prefix query answers what PostgreSQL's word-prefix LIKE does.
 */
const m008SearchFts: StoreMigration = async (db, dialect) => {
  if (dialect !== 'sqlite') return;
  await sql`CREATE VIRTUAL TABLE store_tickets_fts USING fts5(search_text, content='store_tickets',
    content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')`.execute(db);
  await sql`CREATE TRIGGER store_tickets_fts_insert AFTER INSERT ON store_tickets BEGIN
    INSERT INTO store_tickets_fts (rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
  await sql`CREATE TRIGGER store_tickets_fts_delete AFTER DELETE ON store_tickets BEGIN
    INSERT INTO store_tickets_fts (store_tickets_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text); END`.execute(db);
  await sql`CREATE TRIGGER store_tickets_fts_update AFTER UPDATE OF search_text ON store_tickets BEGIN
    INSERT INTO store_tickets_fts (store_tickets_fts, rowid, search_text)
    VALUES ('delete', old.id, old.search_text);
    INSERT INTO store_tickets_fts (rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
  await sql`INSERT INTO store_tickets_fts (store_tickets_fts) VALUES ('rebuild')`.execute(db);
};

/** Every column a list filters or sorts on. */
const LIST_FILTER_COLUMNS = [
  'state',
  'agent_id',
  'group_id',
  'service_key',
  'type',
  'requestor_id',
  'reference',
  'created',
  'modified',
  'start_time',
  'end_time',
];

/**
 * The indexes a SQLite list reads its page from (store/listAccess.ts), each holding every column a
 * list filters on, so a list is checked and sorted without reading a ticket's row (an 850-byte JSON
 * body and its folded text) but for the page's own: one by id, for a search's FTS candidates and
 * the id sort (replacing migration 006's copy of the whole text), and one per sort with an index,
 * walked in order until the page is found — end_time (the Done lists' sort), reference and the
 * state order are new. PostgreSQL's planner has
 * its statistics and its own ways: end_time only.
 */
const m009ListColumns: StoreMigration = async (db, dialect) => {
  if (dialect !== 'sqlite') {
    await db.schema
      .createIndex('store_tickets_end_time')
      .on('store_tickets')
      .columns(['enterprise_id', 'end_time', 'id'])
      .execute();
    return;
  }
  await db.schema.dropIndex('store_tickets_search_text').execute();
  await db.schema
    .createIndex('store_tickets_list_columns')
    .on('store_tickets')
    // Led by the enterprise, so it also walks a list sorted by id.
    .columns(['enterprise_id', 'id', ...LIST_FILTER_COLUMNS])
    .execute();
  for (const sort of ['start_time', 'created', 'modified', 'end_time', 'reference']) {
    const name = `store_tickets_${sort}`;
    if (!['end_time', 'reference'].includes(sort)) await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('store_tickets')
      .columns(['enterprise_id', sort, 'id', ...LIST_FILTER_COLUMNS.filter((column) => column !== sort)])
      .execute();
  }
  // The state sort's expression as store/listTickets.ts writes it, else SQLite would not use it: a
  // change of the life cycle's order needs a new migration.
  await sql
    .raw(
      `CREATE INDEX store_tickets_state_rank ON store_tickets
        (enterprise_id, (${stateRankSql('state')}), id, ${LIST_FILTER_COLUMNS.join(', ')})`,
    )
    .execute(db);
};

export const STORE_MIGRATIONS: Record<string, StoreMigration> = {
  '001_initial': m001Initial,
  '002_sessions': m002Sessions,
  '003_saved_views': m003SavedViews,
  '005_report': m005Report,
  '006_search_text_index': m006SearchTextIndex,
  '007_lists_version': m007ListsVersion,
  '008_search_fts': m008SearchFts,
  '009_list_columns': m009ListColumns,
};

export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(STORE_MIGRATIONS).map(([name, up]): [string, Migration] => [
            name,
            { up: (db) => up(db, dialect) },
          ]),
        ),
      ),
  };
}
