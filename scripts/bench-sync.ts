/**
 * `npm run bench:sync [-- --tickets 5000,100000 --store sqlite|postgres --strict]`: for each size,
 * seeds the embedded Apizee in a temporary folder (its limit off, so this takes seconds, not hours;
 * `--strict`: documented behaviour only, as a real Apizee), signs in as `admin` (the whole
 * enterprise: the largest sync), opens `GET /events` (which starts the sync), waits for the first
 * sync, then changes 50 tickets upstream and runs one incremental pass. Prints the upstream calls
 * (counted at the gateway's upstream fetch), the minutes they would take at the calls a minute the
 * budget really grants the sync, the wall time here and the store's size.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createApizeeApp } from '../src/server/apizee/app.ts';
import { DEMO_PASSWORD } from '../src/server/apizee/seed/directory.ts';
import { seedDatabase } from '../src/server/apizee/seed/seed.ts';
import { createGateway } from '../src/server/gateway/app.ts';
import { createBudgetScheduler } from '../src/server/gateway/budget/scheduler.ts';
import { openStore, type StoreDatabase } from '../src/server/gateway/store/database.ts';
import { startTestPostgres, type TestPostgres } from '../src/server/gateway/store/testing/postgresServer.ts';
import { embeddedUpstream } from '../src/server/gateway/upstream.ts';
import { createLogger } from '../src/server/runtime/log.ts';
import { gatewayRateLimit, readServerEnv } from '../src/server/runtime/env.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '5000,100000' },
    store: { type: 'string', default: 'sqlite' },
    /** Documented behaviour only (a real Apizee): one scope per service instead of one for all. */
    strict: { type: 'boolean', default: false },
  },
});
const sizes = values.tickets.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
  throw new Error('--tickets: positive integers, comma-separated');
if (values.store !== 'sqlite' && values.store !== 'postgres') throw new Error('--store: sqlite or postgres');
const kind = values.store;
const logger = createLogger({ silent: true });
const CHANGED_TICKETS = 50;
/** Apizee's real limit (what the gateway spends by default), and the gateway's budget with it off. */
const APIZEE_LIMIT = gatewayRateLimit(readServerEnv({}));
const UNLIMITED = gatewayRateLimit(readServerEnv({ APIZEE_RATE_LIMIT: '0' }));
const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

/**
 * Calls a minute the budget grants `sync` at Apizee's limit: the real scheduler, asked as fast as it
 * allows over an hour of simulated clock (its share for the user is internal to scheduler.ts).
 */
async function syncCallsPerMinute(dir: string): Promise<number> {
  const database = await openStore({ sqliteFile: path.join(dir, 'budget.sqlite') });
  let clock = 0;
  const budget = createBudgetScheduler(database.db, database.dialect, {
    limit: APIZEE_LIMIT,
    now: () => clock,
  });
  // Grants before the first one past an hour, over that time: whole windows only.
  let granted = 0;
  for (;;) {
    const grant = await budget.acquire(1, 'sync');
    if (grant.granted && clock >= 3_600_000) break;
    if (grant.granted) granted += 1;
    else clock = grant.retryAt;
  }
  await database.close();
  return granted / (clock / 60_000);
}

interface Calls {
  created: number;
  modified: number;
  other: number;
}
const sum = (calls: Calls) => calls.created + calls.modified + calls.other;

interface Measure {
  tickets: number;
  /** The first sync's calls: pages by `created`, its closing pass by `modified`, others (services). */
  first: Calls;
  wallMs: number;
  storeBytes: number;
  incrementalCalls: number;
}

async function openBenchStore(dir: string, size: number, pg: () => Promise<TestPostgres>) {
  if (kind === 'sqlite') {
    const file = path.join(dir, 'store.sqlite');
    const database = await openStore({ sqliteFile: file });
    const bytes = async () =>
      [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
    return { database, bytes };
  }
  const url = await (await pg()).createDatabase(`bench_sync_${process.pid}_${size}`);
  const database: StoreDatabase = await openStore({ databaseUrl: url });
  const bytes = async () => {
    const { rows } = await sql<{ size: string }>`SELECT pg_database_size(current_database()) AS size`.execute(
      database.db,
    );
    return Number(rows[0]!.size);
  };
  return { database, bytes };
}

async function measure(size: number, pg: () => Promise<TestPostgres>): Promise<Measure> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-'));
  const apizee = createApizeeApp({ dataDir: dir, logger, extensions: !values.strict });
  const { database, bytes } = await openBenchStore(dir, size, pg);
  try {
    seedDatabase(apizee.db, { dataDir: dir, tickets: size, logger });
    let calls: Calls = { created: 0, modified: 0, other: 0 };
    const upstream = embeddedUpstream((request) => {
      const orderby = new URL(request.url).searchParams.get('orderby');
      calls[orderby === 'created' || orderby === 'modified' ? orderby : 'other'] += 1;
      return apizee.app.fetch(request);
    }, apizee.extensions);
    const gateway = createGateway({
      upstream,
      sessionSecret: randomBytes(32).toString('hex'),
      distDir: '/nonexistent-dist',
      logger,
      store: { database, rateLimit: UNLIMITED },
    });
    const store = gateway.store!;

    const login = await gateway.app.request('/auth/login', {
      method: 'POST',
      headers: { ...XHR, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`sign-in of admin: ${login.status}`);
    const { id: userId } = (await login.json()) as { id: number };
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    calls = { created: 0, modified: 0, other: 0 };

    const started = performance.now();
    const abort = new AbortController();
    const events = await gateway.app.request('/events', { headers: { cookie }, signal: abort.signal });
    if (events.status !== 200 || !events.body) throw new Error(`/events: ${events.status}`);
    const reader = events.body.getReader();
    void (async () => {
      while (!(await reader.read().catch(() => ({ done: true }))).done);
    })();
    while (!(await store.sync.status(userId)).done) await new Promise((r) => setTimeout(r, 50));
    await store.sync.idle();
    const wallMs = performance.now() - started;
    const first = calls;

    const stored = await database.db
      .selectFrom('store_tickets')
      .select(['id', 'state'])
      .orderBy('id')
      .execute();
    const storeBytes = await bytes();

    // 50 tickets changed upstream (by admin, straight at Apizee: not through the counted fetch).
    const token = await apizee.app.request('/api/v3/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    // Spread over the whole history; a closed ticket cannot change (409).
    const open = stored.filter((ticket) => ticket.state !== 'closed');
    const step = Math.floor(open.length / CHANGED_TICKETS);
    for (let i = 0; i < CHANGED_TICKETS; i++) {
      const { id } = open[i * step]!;
      const response = await apizee.app.request(`/api/v3/tickets/${id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ description: `bench change ${i}` }),
      });
      if (response.status !== 204) throw new Error(`PATCH ticket ${id}: ${response.status}`);
    }
    calls = { created: 0, modified: 0, other: 0 };
    store.sync.refresh(userId, 'soon'); // as a webhook would ask
    await store.sync.idle();
    const incrementalCalls = sum(calls);

    abort.abort();
    await reader.cancel().catch(() => {});
    return {
      tickets: stored.length,
      first,
      wallMs,
      storeBytes,
      incrementalCalls,
    };
  } finally {
    await database.close();
    apizee.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let postgres: TestPostgres | undefined;
const pg = async () => (postgres ??= await startTestPostgres());
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sync-budget-'));
const perMinute = await syncCallsPerMinute(scratch);
fs.rmSync(scratch, { recursive: true, force: true });

const rows: string[][] = [
  [
    'seeded',
    'in store',
    'upstream calls (created + modified + other)',
    `minutes at ${perMinute.toFixed(2)}/min`,
    'wall time here',
    'store MB',
    'bytes/ticket',
    `incremental calls (${CHANGED_TICKETS} changed)`,
  ],
];
try {
  for (const size of sizes) {
    const m = await measure(size, pg);
    const total = sum(m.first);
    rows.push([
      String(size),
      String(m.tickets),
      `${total} (${m.first.created} + ${m.first.modified} + ${m.first.other})`,
      (total / perMinute).toFixed(1),
      `${(m.wallMs / 1000).toFixed(1)} s`,
      (m.storeBytes / 1024 / 1024).toFixed(1),
      m.tickets ? String(Math.round(m.storeBytes / m.tickets)) : '-',
      String(m.incrementalCalls),
    ]);
  }
} finally {
  postgres?.stop();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
console.log(
  `\nFirst sync of admin, ${kind} store, ${values.strict ? 'documented-only (strict) Apizee' : 'Apizee with extensions'}; budget: Apizee's ${APIZEE_LIMIT} calls a minute, of which the sync is granted ${perMinute.toFixed(2)}\n`,
);
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
