import type { Logger } from '../../runtime/log.ts';
import type { Database } from '../db/database.ts';
import { seedMedias } from './medias.ts';
import { DEMO_ENTERPRISES, DEMO_PASSWORD, seedDirectory } from './directory.ts';
import { createRandom } from './random.ts';
import { seedTickets } from './tickets.ts';

export const DEFAULT_SEED_TICKETS = 500;

export interface SeedOptions {
  /** Tickets of Acme; Globex gets a tenth of them. */
  tickets?: number;
  /** Clock of the seed: "today" and "upcoming" tickets are placed relative to it. */
  now?: number;
  /** PRNG seed: same value, same data. */
  seed?: number;
  dataDir: string;
  logger?: Logger;
  /** bcrypt cost of the demo password: 10 by default; tests lower it to stay fast. */
  passwordCost?: number;
}

export interface SeedSummary {
  enterprises: number;
  users: number;
  tickets: number;
  events: number;
  /** Time of the directory, tickets, events and search index (before medias). */
  core_ms: number;
  ms: number;
}

/**
 * Runs a bulk insert into a fresh database quickly: the ticket and event indexes are dropped during
 * the load and rebuilt after it (one sort each instead of a b-tree update per row), and the rollback
 * journal is kept in memory instead of copying every page through the WAL. Only for seeding, when
 * nothing else uses the database.
 */
function bulkLoad(db: Database, load: () => void): void {
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

/** Fills an empty database with the demo directory and tickets, in one transaction. */
export function seedDatabase(db: Database, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const acmeTickets = options.tickets ?? DEFAULT_SEED_TICKETS;
  const now = options.now ?? Date.now();
  const random = createRandom(options.seed ?? 20_260_101);

  bulkLoad(db, () => {
    const [acme, globex] = seedDirectory(db, random, now, options.passwordCost);
    seedTickets(db, random, acme!, acmeTickets, now);
    seedTickets(db, random, globex!, Math.floor(acmeTickets / 10), now);
  });
  // Full statistics of tickets (with sampled ones the planner walks the start-time index for
  // date-range filters); sampled ones are enough for the other tables.
  db.pragma('analysis_limit = 1000');
  db.exec('ANALYZE');
  db.pragma('analysis_limit = 0');
  db.exec('ANALYZE tickets');
  const coreMs = Math.round(performance.now() - started);
  seedMedias(db, { dataDir: options.dataDir });
  db.exec('ANALYZE');

  const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return {
    enterprises: count('enterprises'),
    users: count('users'),
    tickets: count('tickets'),
    events: count('ticket_events'),
    core_ms: coreMs,
    ms: Math.round(performance.now() - started),
  };
}

export function hasUsers(db: Database): boolean {
  return db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;
}

export function demoAccountsMessage(): string {
  const accounts = DEMO_ENTERPRISES.flatMap((enterprise) =>
    enterprise.users.map((user) => `${user.username} (${user.role}, ${enterprise.name})`),
  );
  return `Demo accounts, all with the password ${DEMO_PASSWORD}: ${accounts.join(', ')}`;
}
