/**
 * The first sync survives a kill -9: a gateway process is killed mid-sync, a new one resumes from the
 * page the store recorded last (it does not read the tickets already stored again) and ends with
 * every ticket.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApizeeApp } from '../../apizee/app.ts';
import { seedDatabase } from '../../apizee/seed/seed.ts';
import { createLogger } from '../../runtime/log.ts';
import { temporaryDir } from '../testSupport.ts';

const CHILD = path.join(import.meta.dirname, 'testing', 'syncChild.ts');

function startChild(apizeeDir: string, storeFile: string, delayMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, apizeeDir, storeFile, String(delayMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

function storeRows(storeFile: string) {
  const db = new Database(storeFile, { readonly: true, fileMustExist: true });
  try {
    const scope = db.prepare('SELECT synced, total, phase FROM store_sync_scopes').get() as
      { synced: number; total: number; phase: string } | undefined;
    const tickets = (db.prepare('SELECT count(*) AS n FROM store_tickets').get() as { n: number }).n;
    const syncCalls = (
      db.prepare("SELECT count(*) AS n FROM store_budget_calls WHERE priority = 'sync'").get() as {
        n: number;
      }
    ).n;
    return { scope, tickets, syncCalls };
  } finally {
    db.close();
  }
}

describe('the first sync after a kill -9', () => {
  it('resumes from the last recorded page and ends with every ticket', async () => {
    const temp = temporaryDir('sync-resume-');
    const apizeeDir = path.join(temp.dir, 'apizee');
    const storeFile = path.join(temp.dir, 'store.sqlite');
    const logger = createLogger({ silent: true });
    const apizee = createApizeeApp({ dataDir: apizeeDir, logger });
    seedDatabase(apizee.db, { dataDir: apizeeDir, tickets: 800, logger });
    apizee.close();
    try {
      const first = startChild(apizeeDir, storeFile, 400);
      const deadline = Date.now() + 60_000;
      let before = {
        scope: undefined as { synced: number; total: number; phase: string } | undefined,
        tickets: 0,
        syncCalls: 0,
      };
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        try {
          before = storeRows(storeFile);
        } catch {
          continue; // not created yet
        }
        if ((before.scope?.synced ?? 0) >= 200) break;
      }
      first.child.kill('SIGKILL');
      await first.exited;
      before = storeRows(storeFile);
      expect(before.scope?.phase, first.output()).toBe('initial');
      const total = before.scope!.total;
      expect(before.scope!.synced).toBeLessThan(total);

      const second = startChild(apizeeDir, storeFile, 0);
      const code = await second.exited;
      expect(code, second.output()).toBe(0);
      const after = storeRows(storeFile);
      expect(after.scope).toMatchObject({ phase: 'incremental', synced: total, total });
      // Only the pages not recorded before the kill were read again.
      const pagesLeft = Math.ceil((total - before.scope!.synced) / 100);
      expect(after.syncCalls - before.syncCalls).toBeLessThanOrEqual(pagesLeft + 1);
      expect(after.tickets).toBeGreaterThanOrEqual(total);
    } finally {
      temp.remove();
    }
  }, 120_000);
});
