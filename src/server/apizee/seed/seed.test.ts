import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TICKET_STATES, TICKET_TYPES } from '../../../contract/enums.ts';
import { SERVICE_KEY } from '../../../contract/params.ts';
import { emailProblem, isCountryCode, phoneProblem } from '../../../contract/recipient.ts';
import { createLogger } from '../../runtime/log.ts';
import { createApizeeApp } from '../app.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { TEST_NOW } from '../testing/harness.ts';
import { seedDatabase } from './seed.ts';

const dirs: string[] = [];
function seeded(tickets: number): Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-seed-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  seedDatabase(db, { dataDir: dir, tickets, now: TEST_NOW, passwordCost: 4 });
  return db;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

describe('seed', () => {
  const db = seeded(400);

  it('is deterministic: the same options give the same tickets, requestors and events', () => {
    const again = seeded(400);
    const snapshot = (d: Database) => [
      d.prepare('SELECT * FROM tickets ORDER BY id').all(),
      d.prepare('SELECT * FROM contacts ORDER BY id').all(),
      d.prepare('SELECT ticket_id, event_name, timestamp, source, data FROM ticket_events ORDER BY id').all(),
    ];
    expect(snapshot(again)).toEqual(snapshot(db));
    again.close();
  });

  it('gives Acme N tickets and Globex N/10, in every state and both types, some unassigned', () => {
    const perEnterprise = db
      .prepare('SELECT enterprise_id, COUNT(*) AS n FROM tickets GROUP BY enterprise_id ORDER BY 1')
      .all();
    expect(perEnterprise).toEqual([
      { enterprise_id: 1, n: 400 },
      { enterprise_id: 2, n: 40 },
    ]);
    const states = db.prepare('SELECT DISTINCT state FROM tickets WHERE enterprise_id = 1').pluck().all();
    expect(new Set(states)).toEqual(
      new Set(TICKET_STATES.filter((s) => s !== 'inprogress' || states.includes(s))),
    );
    expect(states).toContain('inprogress');
    const types = db.prepare('SELECT DISTINCT type FROM tickets').pluck().all();
    expect(new Set(types)).toEqual(new Set(TICKET_TYPES));
    expect(db.prepare('SELECT COUNT(*) FROM tickets WHERE agent_id IS NULL').pluck().get()).toBeGreaterThan(
      10,
    );
  });

  it('places start times over 2025-2026, with tickets today and in the next days', () => {
    const range = db.prepare('SELECT MIN(start_time) AS min, MAX(start_time) AS max FROM tickets').get() as {
      min: number;
      max: number;
    };
    expect(range.min).toBeGreaterThanOrEqual(Date.UTC(2025, 0, 1));
    expect(range.max).toBeLessThanOrEqual(Date.UTC(2027, 0, 1));
    const today = Math.floor(TEST_NOW / DAY) * DAY;
    const count = (from: number, to: number) =>
      db
        .prepare(
          'SELECT COUNT(*) FROM tickets WHERE enterprise_id = 1 AND start_time >= ? AND start_time < ?',
        )
        .pluck()
        .get(from, to) as number;
    expect(count(today, today + DAY)).toBeGreaterThanOrEqual(8);
    expect(count(today + DAY, today + 7 * DAY)).toBeGreaterThanOrEqual(8);
    // Nothing in the future is already done.
    expect(
      db
        .prepare(
          "SELECT COUNT(*) FROM tickets WHERE start_time > ? AND state IN ('done', 'closed', 'expired')",
        )
        .pluck()
        .get(TEST_NOW),
    ).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM ticket_events WHERE timestamp > ?').pluck().get(TEST_NOW)).toBe(
      0,
    );
  });

  it('makes realistic requestors: valid non-generic e-mails, E.164 phones, ISO countries', () => {
    const contacts = db.prepare('SELECT name, firstname, country, emails, phones FROM contacts').all() as {
      name: string;
      firstname: string;
      country: string;
      emails: string;
      phones: string;
    }[];
    expect(contacts.length).toBeGreaterThan(100);
    for (const contact of contacts) {
      const emails = JSON.parse(contact.emails) as string[];
      const phones = JSON.parse(contact.phones) as string[];
      expect(emails.length + phones.length).toBeGreaterThan(0);
      for (const email of emails) expect(emailProblem(email), email).toBeNull();
      for (const phone of phones) expect(phoneProblem(phone), phone).toBeNull();
      expect(isCountryCode(contact.country)).toBe(true);
      expect(contact.name).toBeTruthy();
    }
    // Some requestors come back with another ticket.
    expect(
      db
        .prepare('SELECT COUNT(*) FROM (SELECT requestor_id FROM tickets GROUP BY 1 HAVING COUNT(*) > 1)')
        .pluck()
        .get(),
    ).toBeGreaterThan(10);
  });

  it('gives Acme two services with 32-character keys, one of them the default', () => {
    const services = db.prepare('SELECT key, is_default FROM services WHERE enterprise_id = 1').all() as {
      key: string;
      is_default: number;
    }[];
    expect(services).toHaveLength(2);
    expect(services.filter((s) => s.is_default === 1)).toHaveLength(1);
    for (const service of services) expect(service.key).toMatch(SERVICE_KEY);
  });

  it('fills the search index for every ticket', () => {
    expect(db.prepare('SELECT COUNT(*) FROM tickets_fts').pluck().get()).toBe(440);
  });
});

describe('createApizeeApp({ seed: true })', () => {
  it('seeds an empty database once and logs the demo accounts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-seed-app-'));
    dirs.push(dir);
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    const first = createApizeeApp({ dataDir: dir, seed: true, logger, now: () => TEST_NOW });
    const tickets = first.db.prepare('SELECT COUNT(*) FROM tickets').pluck().get();
    expect(tickets).toBe(550);
    first.close();
    expect(lines.some((line) => line.includes('agent1') && line.includes('Demo-pass-1'))).toBe(true);
    const second = createApizeeApp({ dataDir: dir, seed: true, logger: createLogger({ silent: true }) });
    expect(second.db.prepare('SELECT COUNT(*) FROM tickets').pluck().get()).toBe(550);
    second.close();
  });
});
