/**
 * `npm run seed -- [--tickets N] [--reset] [--seed S]`: fills DATA_DIR (default ./data) with demo data:
 * N Acme tickets (default 500) and N/10 Globex tickets. Refuses a database that has data unless --reset.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/server/runtime/log.ts';
import { DATABASE_FILE, openDatabase } from '../src/server/apizee/db/database.ts';
import { hasUsers } from '../src/server/apizee/directory/repository.ts';
import { DEFAULT_SEED_TICKETS, demoAccountsMessage, seedDatabase } from '../src/server/apizee/seed/seed.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: String(DEFAULT_SEED_TICKETS) },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
  },
});

const logger = createLogger();
const tickets = Number(values.tickets);
if (!Number.isInteger(tickets) || tickets < 0) {
  logger.error('--tickets must be a whole number', { tickets: values.tickets });
  process.exit(2);
}
const dataDir = path.resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './data');

if (values.reset) {
  for (const suffix of ['', '-wal', '-shm'])
    fs.rmSync(path.join(dataDir, DATABASE_FILE + suffix), { force: true });
}
const db = openDatabase(dataDir);
if (hasUsers(db)) {
  logger.error('the database already has data: add --reset to start again', { dataDir });
  db.close();
  process.exit(1);
}
const summary = seedDatabase(db, {
  tickets,
  dataDir,
  logger,
  ...(values.seed ? { seed: Number(values.seed) } : {}),
});
db.close();
logger.info('seeded', { dataDir, ...summary });
logger.info(demoAccountsMessage());
