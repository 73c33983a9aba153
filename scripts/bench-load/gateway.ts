/**
 * The gateway as the benches drive it: a child process run as `npm start` runs it (the embedded
 * Apizee in it, its limit off), users signed in with their cookies, their live streams open so their
 * syncs run and the store answers their lists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../src/server/apizee/seed/directory.ts';

export const XHR = { 'X-Requested-With': 'XMLHttpRequest' };

export type BenchGateway = { base: string; child: ChildProcess; stop(): void };

/** Starts the gateway on `port` over `dataDir` and waits until it answers. */
export async function startGateway(options: {
  port: string;
  dataDir: string;
  nodeArgs?: string[];
}): Promise<BenchGateway> {
  // As `npm start` runs it (package.json): a young generation large enough that a burst of list pages
  // is not a scavenge every few requests.
  const node = ['--max-semi-space-size=64', ...(options.nodeArgs ?? [])];
  const child = spawn(process.execPath, [...node, '--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: options.port,
      DATA_DIR: options.dataDir,
      DIST_DIR: path.join(options.dataDir, 'no-spa'),
      APIZEE_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`${base}/auth/session`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 401) return { base, child, stop };
    if (Date.now() > deadline) throw new Error('the gateway did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export type Session = { username: string; cookie: string; isAdmin: boolean };

export async function signIn(base: string, username: string): Promise<Session> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { ...XHR, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const user = (await response.json()) as { roles: string[] };
  return { username, cookie, isAdmin: user.roles.includes('admin') };
}

/** The user's live stream: their sync runs while it is open, and the store answers their lists. */
export function openStream(base: string, session: Session): () => void {
  const abort = new AbortController();
  void fetch(`${base}/events`, { headers: { cookie: session.cookie }, signal: abort.signal })
    .then(async (response) => {
      const reader = response.body!.getReader();
      while (!(await reader.read()).done);
    })
    .catch(() => {});
  return () => abort.abort();
}

/** Lists everything the user sees, 50 at a time: the benches' plain list. */
export const listQuery = (session: Session) =>
  `user=${session.isAdmin ? 'all' : 'visible'}&service=all&limit=50`;

/** Waits until the user's lists come whole from the store (their first sync done). */
export async function untilServedFromStore(base: string, session: Session): Promise<void> {
  const started = Date.now();
  for (;;) {
    // A first sync of 100k tickets keeps the gateway busy: a reused idle connection it already
    // closed (ECONNRESET) is asked again at the next round.
    const response = await fetch(`${base}/api/v3/tickets?${listQuery(session)}`, {
      headers: { cookie: session.cookie },
    }).catch(() => null);
    await response?.arrayBuffer();
    if (response?.headers.get('x-served-from') === 'store' && !response.headers.has('x-store-sync')) return;
    if (process.env.BENCH_DEBUG && response) {
      console.log(
        session.username,
        response.status,
        [...response.headers].filter(([k]) => k.startsWith('x-')),
      );
    }
    if (Date.now() - started > 30 * 60_000) throw new Error(`the sync of ${session.username} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}
