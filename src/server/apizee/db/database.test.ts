import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrations, runMigrations } from './migrations.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-db-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('creates the folder and the file in WAL mode with foreign keys on', () => {
    const db = openDatabase(path.join(dir, 'nested', 'data'));
    expect(fs.existsSync(path.join(dir, 'nested', 'data', 'apizee.sqlite'))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('applies every migration once, in order, and records it', () => {
    const db = openDatabase(path.join(dir, 'twice'));
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(applied).toEqual([...migrations].map((m) => m.version).sort((a, b) => a - b));
    expect(runMigrations(db)).toEqual([]);
    db.close();
    const reopened = openDatabase(path.join(dir, 'twice'));
    expect(reopened.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(migrations.length);
    reopened.close();
  });

  it('rolls back a failing migration and leaves it unrecorded', () => {
    const db = openDatabase(path.join(dir, 'failing'));
    const failing = {
      version: 99,
      name: 'failing',
      up(d: typeof db) {
        d.exec('CREATE TABLE half_done (id INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => runMigrations(db, [failing])).toThrow('boom');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(db.prepare('SELECT 1 FROM schema_migrations WHERE version = 99').get()).toBeUndefined();
    db.close();
  });
});
