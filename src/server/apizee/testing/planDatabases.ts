/**
 * The two databases a query-plan test checks its plans on: one with the directory only and no
 * statistics at all (a plan must not need them), and one seeded and analysed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../db/database.ts';
import { seedDatabase } from '../seed/seed.ts';
import { createHarness, type Harness } from './harness.ts';

export interface PlanDatabases {
  fresh: Database;
  seeded: Harness;
  close(): void;
}

export async function openPlanDatabases(seededTickets = 400): Promise<PlanDatabases> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-plan-'));
  const fresh = openDatabase(dir);
  seedDatabase(fresh, { dataDir: dir, tickets: 0, passwordCost: 4 });
  fresh.exec('DELETE FROM sqlite_stat1; DELETE FROM sqlite_stat4; ANALYZE sqlite_schema');
  const seeded = await createHarness({ tickets: seededTickets });
  return {
    fresh,
    seeded,
    close() {
      fresh.close();
      fs.rmSync(dir, { recursive: true, force: true });
      seeded.close();
    },
  };
}
