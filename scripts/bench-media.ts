/**
 * `npm run bench:media`: measures what the medias API costs, against the embedded API running as its
 * own process (so its memory is measured alone) over a freshly seeded temp data folder.
 *  (a) the first screen of the demo ticket with 300+ medias: bytes of its thumbnails vs its full files;
 *  (b) a zip of 500+ MiB of medias streamed over HTTP while the server's RSS is sampled.
 * Prints figures; asserts nothing about time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { mediaListSchema } from '../src/contract/models.ts';
import { openDatabase } from '../src/server/apizee/db/database.ts';
import { DEMO_PASSWORD } from '../src/server/apizee/seed/directory.ts';
import { seedDatabase } from '../src/server/apizee/seed/seed.ts';

const { values } = parseArgs({
  options: {
    screen: { type: 'string', default: '48' },
    'zip-mib': { type: 'string', default: '576' },
  },
});
const SCREEN_ITEMS = Number(values.screen);
const ZIP_MIB = Number(values['zip-mib']);
const BIG_FILE_MIB = 64;
const MIB = 1024 * 1024;

const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Samples a process's RSS every few milliseconds until stopped; returns the peak. */
function sampleRss(pid: number, everyMs = 20): { stop(): number } {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssOf(pid));
    },
  };
}

function writeRandomFile(filePath: string, mebibytes: number): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const fd = fs.openSync(filePath, 'w');
  const chunk = Buffer.alloc(MIB);
  for (let i = 0; i < mebibytes; i += 1) fs.writeSync(fd, crypto.randomFillSync(chunk));
  fs.closeSync(fd);
}

/** Seeds the demo data and adds a ticket whose medias reference one big file, ZIP_MIB in all. */
function prepareDataDir(dataDir: string): { screenTicketId: number; zipTicketId: number } {
  const db = openDatabase(dataDir);
  seedDatabase(db, { dataDir, tickets: 500 });
  const screenTicketId = db
    .prepare('SELECT ticket_id FROM medias GROUP BY ticket_id ORDER BY COUNT(*) DESC, ticket_id LIMIT 1')
    .pluck()
    .get() as number;

  const bigFile = 'medias/bench/recording-64mib.mp4';
  writeRandomFile(path.join(dataDir, bigFile), BIG_FILE_MIB);
  const now = Date.now();
  const ticket = db.prepare('SELECT enterprise_id FROM tickets WHERE id = ?').get(screenTicketId) as {
    enterprise_id: number;
  };
  const zipTicketId = Number(
    db
      .prepare(
        `INSERT INTO tickets (enterprise_id, state, type, subject, start_time, end_time, duration, created, modified)
         VALUES (?, 'done', 'assistance', 'Bench: large recordings', ?, ?, 30, ?, ?)`,
      )
      .run(ticket.enterprise_id, now, now + 1_800_000, now, now).lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO medias (ticket_id, title, media_type, source, status, mime_type, size, created, file_path)
     VALUES (?, 'Long recording', 'video', 'recording', 'completed', 'video/mp4', ?, ?, ?)`,
  );
  for (let i = 0; i < Math.ceil(ZIP_MIB / BIG_FILE_MIB); i += 1)
    insert.run(zipTicketId, BIG_FILE_MIB * MIB, now + i, bigFile);
  db.close();
  return { screenTicketId, zipTicketId };
}

/** A TCP port free right now on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts `npm run apizee`'s entry point as a child process and waits for its "ready" log line. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/apizee/standalone.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, APIZEE_PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    // Every line is read (request logs included) so the child never blocks on a full pipe.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('embedded Apizee API ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the API exited early with code ${code}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}/api/v3` };
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Reads a response to its end, counting bytes without keeping them. */
async function drain(response: Response): Promise<number> {
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    bytes += chunk.value.byteLength;
  return bytes;
}

async function benchFirstScreen(
  baseUrl: string,
  auth: Record<string, string>,
  ticketId: number,
): Promise<void> {
  const origin = new URL(baseUrl).origin;
  const listResponse = await fetch(`${baseUrl}/tickets/${ticketId}/medias?limit=${SCREEN_ITEMS}`, {
    headers: auth,
  });
  const listText = await listResponse.text();
  const page = mediaListSchema.parse(JSON.parse(listText));
  const fetchAll = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) total += await drain(await fetch(`${origin}${url}`, { headers: auth }));
    return total;
  };
  const started = performance.now();
  const thumbnails = await fetchAll(page.data.flatMap((m) => (m.thumbnail_url ? [m.thumbnail_url] : [])));
  const thumbnailsMs = performance.now() - started;
  const full = await fetchAll(page.data.map((m) => m.url));
  console.log(
    `\n(a) first screen of ticket ${ticketId} (${page.total} completed medias, first ${page.data.length} shown)`,
  );
  console.table({
    'list JSON': { bytes: Buffer.byteLength(listText), size: kib(Buffer.byteLength(listText)) },
    thumbnails: { bytes: thumbnails, size: kib(thumbnails) },
    'full files': { bytes: full, size: kib(full) },
  });
  const firstScreen = Buffer.byteLength(listText) + thumbnails;
  console.log(
    `bytes before the first screen: ${kib(firstScreen)} (list + thumbnails) vs ${kib(Buffer.byteLength(listText) + full)} ` +
      `with full files: ${(full / thumbnails).toFixed(1)}x less image data; thumbnails fetched one by one in ${thumbnailsMs.toFixed(0)} ms`,
  );
}

async function benchZip(
  baseUrl: string,
  auth: Record<string, string>,
  ticketId: number,
  pid: number,
): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const idle = sampleRss(pid);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = idle.stop();

  const during = sampleRss(pid);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/tickets/${ticketId}/medias/download?filename=bench`, {
    headers: auth,
  });
  const announced = Number(response.headers.get('content-length'));
  const bytes = await drain(response);
  const seconds = (performance.now() - started) / 1000;
  const peak = during.stop();
  console.log(
    `\n(b) zip of ticket ${ticketId}: ${Math.ceil(ZIP_MIB / BIG_FILE_MIB)} recordings of ${BIG_FILE_MIB} MiB, streamed over HTTP`,
  );
  console.table({
    'zip size': {
      value: `${mib(bytes)} (Content-Length ${announced === bytes ? 'exact' : `${announced} announced`})`,
    },
    duration: { value: `${seconds.toFixed(1)} s` },
    throughput: { value: `${(bytes / MIB / seconds).toFixed(0)} MiB/s` },
    'server RSS before (peak, idle)': { value: mib(before) },
    'server RSS during (peak)': { value: mib(peak) },
    'RSS growth': { value: mib(peak - before) },
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-media-'));
let child: ChildProcess | undefined;
try {
  console.log(`seeding 500 tickets and writing ${ZIP_MIB} MiB of recording references into ${dataDir} ...`);
  const { screenTicketId, zipTicketId } = prepareDataDir(dataDir);
  const server = await startServer(dataDir);
  child = server.child;
  const auth = { authorization: `Bearer ${await login(server.baseUrl)}` };
  await benchFirstScreen(server.baseUrl, auth, screenTicketId);
  await benchZip(server.baseUrl, auth, zipTicketId, child.pid!);
} finally {
  if (child && child.exitCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
