/** Both kinds of store for tests: SQLite in a temp folder and a database on a test PostgreSQL server. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type StoreDatabase } from '../database.ts';
import { startTestPostgres, type TestPostgres } from './postgresServer.ts';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

let postgres: TestPostgres | undefined;
let databases = 0;

export async function openTestStore(kind: StoreKind): Promise<StoreDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'store-sqlite-'));
    const store = await openStore({ sqliteFile: path.join(dir, 'store.sqlite') });
    return {
      ...store,
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  postgres ??= await startTestPostgres();
  databases += 1;
  return openStore({ databaseUrl: await postgres.createDatabase(`store_test_${process.pid}_${databases}`) });
}

/** A new database on the file's PostgreSQL server (for two gateways sharing one store). */
export async function testPostgresUrl(): Promise<string> {
  postgres ??= await startTestPostgres();
  databases += 1;
  return postgres.createDatabase(`store_test_${process.pid}_${databases}`);
}

/** Call in afterAll of a file that used the PostgreSQL server. */
export function stopTestPostgres(): void {
  postgres?.stop();
  postgres = undefined;
}
