/** Test harness: the embedded API in-process over a small seeded database in a temp folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../../runtime/log.ts';
import { createApizeeApp, type ApizeeApp, type ApizeeAppOptions } from '../app.ts';
import type { Database } from '../db/database.ts';
import { DEMO_PASSWORD } from '../seed/directory.ts';
import { seedDatabase } from '../seed/seed.ts';

/** 2026-11-26T12:00:00Z: the seed and the API share this clock unless a test moves it. */
export const TEST_NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

export interface RequestOptions {
  token?: string | undefined;
  query?: Record<string, string | number> | undefined;
  json?: unknown;
  form?: Record<string, string> | undefined;
  /** A body sent as is (set its content-type in `headers`). */
  body?: string | undefined;
  headers?: Record<string, string> | undefined;
}

export interface Harness {
  /** The app itself, to serve it over real HTTP (testing/slowBody.ts). */
  app: ApizeeApp['app'];
  db: Database;
  dataDir: string;
  clock: { now: number };
  logs: string[];
  request(method: string, apiPath: string, options?: RequestOptions): Promise<Response>;
  /** A request to a path outside the API base (the session links' pages), or to an absolute URL of it. */
  fetchPath(pathOrUrl: string, init?: RequestInit): Promise<Response>;
  /** The webhooks of the app (`idle()` waits until every delivery is done with). */
  webhooks: ApizeeApp['webhooks'];
  /** A fresh token (counts against the /token rate limit). */
  login(username: string, password?: string): Promise<Response>;
  /** A token per user, obtained once. */
  token(username: string): Promise<string>;
  enterpriseId(username: string): number;
  userId(username: string): number;
  close(): void;
}

/**
 * `appOptions` defaults to every extension on (the API the dashboard has been built against); give
 * `extensions: false` for a documented-only server, `rateLimit` for Apizee's limit (off by default).
 */
export async function createHarness(
  options: { tickets?: number; appOptions?: Partial<ApizeeAppOptions> } = {},
): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'apizee-test-'));
  const clock = { now: TEST_NOW };
  const logs: string[] = [];
  const logger = createLogger({ write: (line) => logs.push(line) });
  const { app, db, close, webhooks } = createApizeeApp({
    dataDir,
    logger,
    now: () => clock.now,
    extensions: true,
    ...options.appOptions,
  });
  seedDatabase(db, { dataDir, tickets: options.tickets ?? 60, now: TEST_NOW, passwordCost: 4 });
  const tokens = new Map<string, string>();

  const request = (method: string, apiPath: string, opts: RequestOptions = {}) => {
    const url = new URL(`http://apizee.test/api/v3${apiPath}`);
    for (const [key, value] of Object.entries(opts.query ?? {})) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(opts.form).toString();
    }
    return Promise.resolve(
      app.request(url.toString(), { method, headers, ...(body !== undefined ? { body } : {}) }),
    );
  };
  const login = (username: string, password = DEMO_PASSWORD) =>
    request('POST', '/token', { form: { grant_type: 'password', username, password } });
  const userRow = (username: string) =>
    db.prepare('SELECT id, enterprise_id FROM users WHERE username = ?').get(username) as
      { id: number; enterprise_id: number } | undefined;

  return {
    app,
    db,
    dataDir,
    clock,
    logs,
    request,
    fetchPath: (pathOrUrl, init) =>
      Promise.resolve(app.request(new URL(pathOrUrl, 'http://apizee.test').toString(), init)),
    webhooks,
    login,
    async token(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await login(username);
      if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status}`);
      const { access_token } = (await response.json()) as { access_token: string };
      tokens.set(username, access_token);
      return access_token;
    },
    enterpriseId: (username) => userRow(username)!.enterprise_id,
    userId: (username) => userRow(username)!.id,
    close() {
      close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
