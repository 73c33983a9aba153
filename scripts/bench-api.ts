/**
 * `npm run bench:api [-- --tickets N --data-dir DIR --iterations N --in-process --through-store --only TEXT]`:
 * seeds N Acme tickets (default 100000) into a temporary folder (or reuses DIR when it is already
 * seeded), serves the embedded API over HTTP on a free port (or calls `app.request` in-process; or,
 * with `--through-store`, runs the gateway as `npm start` does and asks it, its lists answered by
 * the ticket store once each user's first sync is done), and prints
 * p50/p95 per query shape next to the p95 of `GET /users/me`. Goal: every list p95 within 3x of
 * users/me p95. `--only A,B` keeps the shapes whose name contains A or B; `--help` prints this.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApizeeApp } from '../src/server/apizee/app.ts';
import { openDatabase } from '../src/server/apizee/db/database.ts';
import { DEMO_PASSWORD } from '../src/server/apizee/seed/directory.ts';
import { hasUsers } from '../src/server/apizee/directory/repository.ts';
import { seedDatabase } from '../src/server/apizee/seed/seed.ts';
import {
  openStream,
  signIn,
  startGateway,
  untilServedFromStore,
  type Session,
} from './bench-load/gateway.ts';
import { createLogger } from '../src/server/runtime/log.ts';

const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '200' },
    'in-process': { type: 'boolean', default: false },
    only: { type: 'string' },
    /** Through the gateway (a child process, as `npm start`), its lists answered by the ticket store. */
    'through-store': { type: 'boolean', default: false },
    port: { type: 'string', default: '8791' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench:api [-- --tickets N (100000) --data-dir DIR --iterations N (200) --in-process --through-store --only TEXT]',
  );
  process.exit(0);
}
const iterations = Number(values.iterations);
const only = values.only?.split(',');
const dataDir = values['data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-bench-'));
const temporary = values['data-dir'] === undefined;

// 1. Data.
{
  const db = openDatabase(dataDir);
  if (!hasUsers(db)) {
    const started = performance.now();
    const summary = seedDatabase(db, { dataDir, tickets: Number(values.tickets) });
    console.log(
      `seeded ${summary.tickets} tickets, ${summary.events} events in ${Math.round(performance.now() - started)} ms`,
    );
  }
  db.close();
}

// 2. Server, and who asks.
type Who = 'admin' | 'supervisor' | 'agent1';
const WHO: readonly Who[] = ['admin', 'supervisor', 'agent1'];
const throughStore = values['through-store'];
let call: (pathAndQuery: string, init?: RequestInit) => Promise<Response>;
let headersOf: (who: Who) => Record<string, string>;
let stop: () => Promise<void>;
let db: ReturnType<typeof openDatabase>;

if (throughStore) {
  // The gateway's store answers once each user's first sync is done (kept in DATA_DIR for next time).
  const gateway = await startGateway({ port: values.port, dataDir });
  const sessions = Object.fromEntries(
    await Promise.all(WHO.map(async (who) => [who, await signIn(gateway.base, who)] as const)),
  ) as Record<Who, Session>;
  const closeStreams = WHO.map((who) => openStream(gateway.base, sessions[who]));
  for (const who of WHO) await untilServedFromStore(gateway.base, sessions[who]);
  call = (pathAndQuery, init) => fetch(`${gateway.base}${pathAndQuery}`, init);
  headersOf = (who) => ({ cookie: sessions[who].cookie });
  db = openDatabase(dataDir);
  stop = async () => {
    for (const close of closeStreams) close();
    gateway.stop();
    db.close();
  };
} else {
  const apizee = createApizeeApp({
    dataDir,
    logger: createLogger({ silent: true }),
    // The shapes below use the list extensions (user=all|visible|unassigned, state, service=all).
    extensions: true,
    tokenRateLimits: { perAccountAndClient: 1e6, perAccount: 1e6, perClient: 1e6 },
  });
  db = apizee.db;
  let stopServer = async () => {};
  if (values['in-process']) {
    call = async (pathAndQuery, init) => apizee.app.request(`http://bench${pathAndQuery}`, init);
  } else {
    const server = serve({ fetch: apizee.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    call = (pathAndQuery, init) => fetch(`http://127.0.0.1:${port}${pathAndQuery}`, init);
    stopServer = () => new Promise((resolve) => server.close(() => resolve()));
  }
  const tokenOf = async (username: string): Promise<string> => {
    const response = await call('/api/v3/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const tokens = Object.fromEntries(
    await Promise.all(WHO.map(async (who) => [who, await tokenOf(who)] as const)),
  ) as Record<Who, string>;
  headersOf = (who) => ({ authorization: `Bearer ${tokens[who]}` });
  stop = async () => {
    await stopServer();
    apizee.close();
  };
}

// 3. Query shapes, with real values picked from the data.
const sample = db
  .prepare(
    `SELECT t.reference, t.requestor_id, t.group_id, c.emails, c.phones, c.name FROM tickets t JOIN contacts c ON c.id = t.requestor_id
     WHERE t.enterprise_id = 1 AND t.group_id IS NOT NULL AND c.emails != '[]' AND c.phones != '[]' ORDER BY t.id LIMIT 1 OFFSET 777`,
  )
  .get() as {
  reference: string;
  requestor_id: number;
  group_id: number;
  emails: string;
  phones: string;
  name: string;
};
const email = (JSON.parse(sample.emails) as string[])[0]!;
const phone = (JSON.parse(sample.phones) as string[])[0]!;
const today = new Date().toISOString().slice(0, 10);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const shapes: [string, Who, Record<string, string | number>][] = [
  ['default list (agent)', 'agent1', {}],
  ['default list (supervisor)', 'supervisor', {}],
  ['default list (admin)', 'admin', {}],
  ['user=all (admin)', 'admin', { user: 'all' }],
  ['user=all service=all (admin)', 'admin', { user: 'all', service: 'all' }],
  ['user=visible (supervisor)', 'supervisor', { user: 'visible' }],
  ['user=visible (agent)', 'agent1', { user: 'visible' }],
  ['user=unassigned (agent)', 'agent1', { user: 'unassigned' }],
  ['state=done', 'admin', { user: 'all', state: 'done' }],
  ['state=new,open,invited', 'admin', { user: 'all', state: 'new,open,invited' }],
  ['type=assistance_multi', 'admin', { user: 'all', type: 'assistance_multi' }],
  ['group', 'admin', { user: 'all', group: sample.group_id }],
  ['reference', 'admin', { user: 'all', reference: sample.reference }],
  ['requestor', 'admin', { user: 'all', requestor: sample.requestor_id }],
  ['since', 'admin', { user: 'all', since: '2026-06-01' }],
  ['until', 'admin', { user: 'all', until: '2025-03-01' }],
  [
    'scheduled today',
    'agent1',
    { user: 'visible', started_after: today, ended_before: tomorrow, order: 'asc' },
  ],
  ['upcoming', 'agent1', { started_after: tomorrow, order: 'asc' }],
  ['search common word', 'admin', { user: 'all', search: 'boiler' }],
  ['search name', 'admin', { user: 'all', search: sample.name }],
  ['search e-mail', 'admin', { user: 'all', search: email }],
  ['search phone prefix', 'admin', { user: 'all', search: phone.slice(0, 9) }],
  ['search reference', 'agent1', { user: 'visible', search: sample.reference }],
  ...(['end_time', 'created', 'modified', 'id', 'reference', 'state'] as const).map(
    (orderby) =>
      [`orderby=${orderby}`, 'admin', { user: 'all', orderby }] as [string, Who, Record<string, string>],
  ),
  ['orderby=state asc', 'admin', { user: 'all', orderby: 'state', order: 'asc' }],
  ['deep offset 5000', 'admin', { user: 'all', offset: 5000 }],
  ['limit 100', 'admin', { user: 'all', limit: 100 }],
  [
    'combo: done+assistance by modified',
    'admin',
    { user: 'all', state: 'done', type: 'assistance', orderby: 'modified' },
  ],
  [
    'combo: supervisor visible+state+search',
    'supervisor',
    { user: 'visible', state: 'done,closed', search: 'heat' },
  ],
  ['combo: agent+group+since', 'agent1', { user: 'visible', group: sample.group_id, since: '2026-01-01' }],
  // The date shapes' page without a date: what 50 tickets cost to present, whatever the filter.
  ['page of 50, no date (admin)', 'admin', { user: 'all', limit: 50 }],
  ...dateRangeShapes(),
];

/**
 * Issue 14, item 10: every date filter alone and with each scope, a group, states and a sort, 50 a
 * page. The periods are a quarter or a half-year of the two seeded years, where the plans differ most.
 */
function dateRangeShapes(): [string, Who, Record<string, string | number>][] {
  const ranges: [string, Record<string, string>][] = [
    ['created quarter', { since: '2025-06-01T00:00:00Z', until: '2025-09-01T00:00:00Z' }],
    ['since', { since: '2026-06-01T00:00:00Z' }],
    ['until', { until: '2025-03-01T00:00:00Z' }],
    ['started quarter', { started_after: '2025-06-01T00:00:00Z', ended_before: '2025-09-01T00:00:00Z' }],
    ['started_after', { started_after: '2026-06-01T00:00:00Z' }],
    ['ended_before', { ended_before: '2025-03-01T00:00:00Z' }],
    ['started_before', { started_before: '2025-09-01T00:00:00Z' }],
  ];
  const agent2 = db.prepare("SELECT id FROM users WHERE username = 'agent2'").pluck().get() as number;
  const scopes: [string, Who, Record<string, string | number>][] = [
    ['me', 'agent1', {}],
    ['all', 'admin', { user: 'all' }],
    ['user=agent2', 'admin', { user: agent2 }],
    ['visible', 'supervisor', { user: 'visible' }],
    ['all+group', 'admin', { user: 'all', group: sample.group_id }],
    ['all+state', 'admin', { user: 'all', state: 'done,closed' }],
    ['all by created asc', 'admin', { user: 'all', orderby: 'created', order: 'asc' }],
    [
      'visible+group+state by end_time',
      'supervisor',
      { user: 'visible', group: sample.group_id, state: 'new,open,invited', orderby: 'end_time' },
    ],
  ];
  return ranges.flatMap(([range, dates]) =>
    scopes.map(([scope, who, query]): [string, Who, Record<string, string | number>] => [
      `${range}: ${scope}`,
      who,
      { ...query, ...dates, limit: 50 },
    ]),
  );
}

type Measured = { p50: number; p95: number; fromStore: number };

async function measure(pathAndQuery: string, who: Who): Promise<Measured> {
  const times: number[] = [];
  let fromStore = 0;
  for (let i = 0; i < iterations + 10; i++) {
    const started = performance.now();
    const response = await call(pathAndQuery, { headers: headersOf(who) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${pathAndQuery}: ${response.status}`);
    if (i < 10) continue;
    times.push(performance.now() - started);
    if (response.headers.get('x-served-from') === 'store') fromStore += 1;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), fromStore: fromStore / times.length };
}

const me = await measure('/api/v3/users/me', 'agent1');
const rows: string[][] = [
  ['query', 'p50 ms', 'p95 ms', 'p95 / users/me p95', ...(throughStore ? ['from store'] : [])],
];
rows.push(['GET /users/me', me.p50.toFixed(2), me.p95.toFixed(2), '1.00', ...(throughStore ? ['–'] : [])]);
let worst = 0;
for (const [name, who, query] of shapes.filter(
  ([name]) => !only || only.some((part) => name.includes(part)),
)) {
  const qs = new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const result = await measure(`/api/v3/tickets${qs ? `?${qs}` : ''}`, who);
  const ratio = result.p95 / me.p95;
  worst = Math.max(worst, ratio);
  rows.push([
    name,
    result.p50.toFixed(2),
    result.p95.toFixed(2),
    ratio.toFixed(2),
    ...(throughStore ? [`${Math.round(100 * result.fromStore)}%`] : []),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
const tickets = db.prepare('SELECT COUNT(*) FROM tickets').pluck().get() as number;
console.log(
  `\n${tickets} tickets, ${iterations} requests per shape, ${throughStore ? "through the gateway's ticket store (Apizee's limit off)" : values['in-process'] ? 'in-process' : 'over HTTP'}\n`,
);
console.log(line(rows[0]!));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
console.log(`\nworst ratio ${worst.toFixed(2)} (goal <= 3)`);

await stop();
if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
