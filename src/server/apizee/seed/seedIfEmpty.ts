import type { Logger } from '../../runtime/log.ts';
import type { Database } from '../db/database.ts';
import { hasUsers } from '../directory/repository.ts';
import { demoAccountsMessage, seedDatabase } from './seed.ts';

/** First start: seeds the default demo data when the database has no user, and says how to sign in. */
export function seedIfEmpty(db: Database, options: { dataDir: string; logger: Logger; now: number }): void {
  if (hasUsers(db)) return;
  const summary = seedDatabase(db, { dataDir: options.dataDir, now: options.now, logger: options.logger });
  options.logger.info('seeded demo data', { ...summary });
  options.logger.info(demoAccountsMessage());
}
