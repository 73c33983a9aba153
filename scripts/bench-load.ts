/**
 * `npm run bench:load [-- --clients 50 --seconds 60 --tickets 100000 --data-dir DIR --scenarios ... --cpu-prof DIR]`:
 * N clients for T seconds through the gateway (a child process, as `npm start` runs it: the embedded
 * Apizee in the same process) at 100k tickets. Scenarios: the list, the list with filters and search
 * (each answered through the store, then forwarded upstream), a ticket's detail, and 20 writers beside
 * 30 readers. Prints per scenario req/s, p50, p99, errors and the gateway's RSS before and after.
 *
 * Apizee's limit of 10 calls a minute per user is off (APIZEE_RATE_LIMIT=0, so the gateway's budget
 * allows 10,000): with it, every scenario would be a wall of 429s, which measures the budget, not the
 * gateway. The seeded Apizee and the synced store stay in DATA_DIR (default: a folder in the temp
 * directory named after the ticket count) for the next run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/apizee/db/database.ts';
import { hasUsers } from '../src/server/apizee/directory/repository.ts';
import { seedDatabase } from '../src/server/apizee/seed/seed.ts';
import {
  listQuery,
  openStream,
  signIn,
  startGateway,
  untilServedFromStore,
  XHR,
  type Session,
} from './bench-load/gateway.ts';
import { measureRevocationCheck } from './bench-load/revocationCost.ts';
import { percentile, rssOf, table } from './bench-load/report.ts';

const SCENARIOS = [
  'list (store)',
  'list (forwarded)',
  'filters+search (store)',
  'filters+search (forwarded)',
  'detail',
  '20 writers + 30 readers',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    tickets: { type: 'string', default: '100000' },
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '8790' },
    /** Comma-separated start of scenario names (`list,detail`); default all. */
    scenarios: { type: 'string' },
    /** A folder for the gateway's CPU profile (`node --cpu-prof`), written when it stops. */
    'cpu-prof': { type: 'string' },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const tickets = Number(values.tickets);
if (![clients, seconds, tickets].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('--clients, --seconds and --tickets: positive integers');
}
const wanted = values.scenarios?.split(',').map((name) => name.trim());
const scenarios = SCENARIOS.filter((name) => !wanted || wanted.some((start) => name.startsWith(start)));
const dataDir = values['data-dir'] ?? path.join(os.tmpdir(), `apizee-bench-load-${tickets}`);
/** Whose sessions the clients share, round-robin (Acme: the enterprise with the tickets). */
const USERS = ['admin', 'supervisor', 'agent1', 'agent2', 'agent3'] as const;
const WRITERS = 20;

// 1. Data, kept for the next run.
{
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dataDir);
  if (!hasUsers(db)) {
    const started = performance.now();
    const summary = seedDatabase(db, { dataDir, tickets });
    console.log(`seeded ${summary.tickets} tickets in ${Math.round(performance.now() - started)} ms`);
  }
  db.close();
}

// 3. What the clients ask, with real values.
const SEARCH_WORDS = ['boiler', 'heat', 'leak', 'printer', 'martin', 'paris', 'noise', 'screen'];
const FILTER_SHAPES = [
  'state=new,open,invited&orderby=modified',
  'state=done&orderby=end_time',
  'type=assistance&state=open&orderby=created',
  'since=2026-01-01&orderby=start_time',
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

type Counts = { times: number[]; errors: Map<string, number>; fromStore: number };

async function timed(counts: Counts, url: string, init: RequestInit): Promise<Response | null> {
  const started = performance.now();
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    counts.times.push(performance.now() - started);
    if (response.headers.get('x-served-from') === 'store') counts.fromStore += 1;
    if (!response.ok) {
      const key = String(response.status);
      counts.errors.set(key, (counts.errors.get(key) ?? 0) + 1);
    }
    return response;
  } catch (error) {
    counts.times.push(performance.now() - started);
    const key = (error as Error).name;
    counts.errors.set(key, (counts.errors.get(key) ?? 0) + 1);
    return null;
  }
}

type Ids = Map<string, number[]>;

/** Ids of tickets each user sees (and may write: not closed), read from their own lists. */
async function visibleIds(sessions: Session[]): Promise<Ids> {
  const ids: Ids = new Map();
  for (const session of sessions) {
    const mine: number[] = [];
    for (let offset = 0; offset < 400; offset += 100) {
      const response = await fetch(
        `${base}/api/v3/tickets?${listQuery(session).replace('limit=50', 'limit=100')}&state=new,open&offset=${offset}`,
        { headers: { cookie: session.cookie } },
      );
      const page = (await response.json()) as { data: { id: number }[] };
      mine.push(...page.data.map((ticket) => ticket.id));
    }
    ids.set(session.username, mine);
  }
  return ids;
}

function requestOf(
  scenario: Scenario,
  client: number,
  session: Session,
  ids: Ids,
): { url: string; init: RequestInit } {
  const headers = { cookie: session.cookie };
  const list = `${base}/api/v3/tickets?${listQuery(session)}`;
  const filtered = () => `${list}&${pick(FILTER_SHAPES)}&search=${encodeURIComponent(pick(SEARCH_WORDS))}`;
  switch (scenario) {
    case 'list (store)':
    case 'list (forwarded)':
      return { url: `${list}&offset=${50 * Math.floor(Math.random() * 20)}`, init: { headers } };
    case 'filters+search (store)':
    case 'filters+search (forwarded)':
      return { url: filtered(), init: { headers } };
    case 'detail':
      return { url: `${base}/api/v3/tickets/${pick(ids.get(session.username)!)}`, init: { headers } };
    case '20 writers + 30 readers': {
      if (client >= WRITERS) return { url: filtered(), init: { headers } };
      // Each writer its own tickets: no two writers race on one (that is the lost-update test's job).
      const own = ids.get(session.username)!.filter((_, index) => index % WRITERS === client);
      return {
        url: `${base}/api/v3/tickets/${pick(own)}`,
        init: {
          method: 'PATCH',
          headers: { ...headers, ...XHR, 'content-type': 'application/json' },
          body: JSON.stringify({ description: `bench:load write ${Date.now()}` }),
        },
      };
    }
  }
}

async function run(scenario: Scenario, sessions: Session[], ids: Ids, pid: number) {
  const counts: Counts = { times: [], errors: new Map(), fromStore: 0 };
  const rssBefore = rssOf(pid);
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      // Writers write as admin and supervisor (an agent may not change every ticket they see).
      const isWriter = scenario === '20 writers + 30 readers' && client < WRITERS;
      const session = sessions[client % (isWriter ? 2 : sessions.length)]!;
      while (performance.now() < until) {
        const { url, init } = requestOf(scenario, client, session, ids);
        await timed(counts, url, init);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...counts.times].sort((a, b) => a - b);
  const errors = [...counts.errors].map(([key, n]) => `${n}×${key}`).join(' ') || '0';
  return [
    scenario,
    String(counts.times.length),
    (counts.times.length / elapsed).toFixed(1),
    percentile(sorted, 0.5).toFixed(0),
    percentile(sorted, 0.99).toFixed(0),
    errors,
    `${Math.round((100 * counts.fromStore) / Math.max(1, counts.times.length))}%`,
    `${rssBefore} → ${rssOf(pid)}`,
  ];
}

const revocation = await measureRevocationCheck();
// 2. The gateway, as `npm start` runs it.
const {
  base,
  child: gateway,
  stop: stopGateway,
} = await startGateway({
  port: values.port,
  dataDir,
  nodeArgs: values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
});
try {
  const sessions = await Promise.all(USERS.map((username) => signIn(base, username)));
  const rows: string[][] = [
    ['scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'from store', 'gateway RSS MB'],
  ];
  const rssStart = rssOf(gateway.pid!);
  console.log(`gateway RSS at start: ${rssStart} MB; syncing ${USERS.length} users (kept for the next run)`);
  let closeStreams = sessions.map((session) => openStream(base, session));
  const syncStarted = performance.now();
  for (const session of sessions) await untilServedFromStore(base, session);
  console.log(`store current for every user after ${Math.round((performance.now() - syncStarted) / 1000)} s`);
  const ids = await visibleIds(sessions);
  for (const scenario of scenarios) {
    const forwarded = scenario.endsWith('(forwarded)');
    if (forwarded && closeStreams.length > 0) {
      // No live stream: once the sync stops lingering (30 s) the store is not current and lists go upstream.
      for (const close of closeStreams) close();
      closeStreams = [];
      await new Promise((resolve) => setTimeout(resolve, 35_000));
    } else if (!forwarded && closeStreams.length === 0) {
      closeStreams = sessions.map((session) => openStream(base, session));
      for (const session of sessions) await untilServedFromStore(base, session);
    }
    const row = await run(scenario, sessions, ids, gateway.pid!);
    rows.push(row);
    console.log(`  ${row.join(' | ')}`);
  }
  for (const close of closeStreams) close();
  console.log(
    `\n${clients} clients for ${seconds} s each, ${tickets} tickets, ${os.cpus().length} CPUs; users ${USERS.join(', ')} (clients share their sessions round-robin).`,
  );
  console.log(
    "Apizee's 10 calls a minute per user OFF (APIZEE_RATE_LIMIT=0, gateway budget 10,000/min): this measures the gateway and its store, not the budget.",
  );
  console.log(
    'The gateway is one process with the embedded Apizee in it (as `npm start`): its RSS holds both. "from store": answers with X-Served-From: store.',
  );
  console.log(`Revocation check per request (${revocation}).\n`);
  console.log(table(rows));
  console.log(
    '\ngoal: filters+search p99 <= 300 ms with 0 errors (before the store: 70.9 req/s, p50 646 ms, p99 1,722 ms)',
  );
} finally {
  stopGateway();
}
