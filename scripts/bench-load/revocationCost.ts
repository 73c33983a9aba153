/**
 * What the session revocation check costs a request: uncached (one round trip, two primary-key
 * lookups) and cached, on SQLite and on a PostgreSQL server (when one can be started here), with
 * 10,000 revoked sessions and 1,000 sign-out-everywhere cut-offs in the tables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newSessionId, type Session } from '../../src/server/gateway/sessionCookie.ts';
import { createSessionRevocations } from '../../src/server/gateway/sessionRevocations.ts';
import { openStore, type StoreDatabase } from '../../src/server/gateway/store/database.ts';
import {
  startTestPostgres,
  type TestPostgres,
} from '../../src/server/gateway/store/testing/postgresServer.ts';
import { percentile } from './report.ts';

const CHECKS = 3_000;

function session(userId: number, now: number): Session {
  return {
    token: 't',
    expiresAt: now + 86_400_000,
    userId,
    enterpriseId: 1,
    id: newSessionId(),
    issuedAt: now,
    lastUsedAt: now,
  };
}

async function measure(database: StoreDatabase): Promise<string> {
  const now = Date.now();
  const revoked = Array.from({ length: 10_000 }, (_, i) => ({
    session_id: newSessionId(),
    user_id: i % 1_000,
    expires_at: now + 86_400_000,
  }));
  for (let i = 0; i < revoked.length; i += 500) {
    await database.db
      .insertInto('store_revoked_sessions')
      .values(revoked.slice(i, i + 500))
      .execute();
  }
  await database.db
    .insertInto('store_session_cutoffs')
    .values(Array.from({ length: 1_000 }, (_, i) => ({ user_id: i, revoked_before: now - 60_000 })))
    .execute();
  const revocations = createSessionRevocations(database.db, Date.now);
  const time = async (sessions: Session[]) => {
    const times: number[] = [];
    for (const one of sessions) {
      const started = performance.now();
      await revocations.isRevoked(one);
      times.push((performance.now() - started) * 1000);
    }
    return times.sort((a, b) => a - b);
  };
  const fresh = Array.from({ length: CHECKS }, (_, i) => session(i % 2_000, now));
  const uncached = await time(fresh);
  // One session asked again and again within the cache's life: what a busy browser's requests cost.
  const cached = await time(Array.from({ length: CHECKS }, () => fresh[0]!));
  const us = (sorted: number[]) =>
    `p50 ${percentile(sorted, 0.5).toFixed(0)} µs, p99 ${percentile(sorted, 0.99).toFixed(0)} µs`;
  return `uncached ${us(uncached)}; cached ${us(cached)}`;
}

export async function measureRevocationCheck(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-revocation-'));
  const results: string[] = [];
  const sqlite = await openStore({ sqliteFile: path.join(dir, 'store.sqlite') });
  try {
    results.push(`SQLite: ${await measure(sqlite)}`);
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  let postgres: TestPostgres | undefined;
  try {
    postgres = await startTestPostgres();
    const database = await openStore({
      databaseUrl: await postgres.createDatabase(`bench_revocation_${process.pid}`),
    });
    try {
      results.push(`PostgreSQL: ${await measure(database)}`);
    } finally {
      await database.close();
    }
  } catch (error) {
    results.push(`PostgreSQL: not measured (${(error as Error).message})`);
  } finally {
    postgres?.stop();
  }
  return results.join('; ');
}
