import type { Logger } from '../../runtime/log.ts';
import type { Database } from '../db/database.ts';
import { analyze, bulkLoad, countRows } from '../db/maintenance.ts';
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
  analyze(db, ['tickets']);
  const coreMs = Math.round(performance.now() - started);
  seedMedias(db, { dataDir: options.dataDir });
  analyze(db);

  const count = (table: string) => countRows(db, table);
  return {
    enterprises: count('enterprises'),
    users: count('users'),
    tickets: count('tickets'),
    events: count('ticket_events'),
    core_ms: coreMs,
    ms: Math.round(performance.now() - started),
  };
}

export function demoAccountsMessage(): string {
  const accounts = DEMO_ENTERPRISES.flatMap((enterprise) =>
    enterprise.users.map((user) => `${user.username} (${user.role}, ${enterprise.name})`),
  );
  return `Demo accounts, all with the password ${DEMO_PASSWORD}: ${accounts.join(', ')}`;
}
