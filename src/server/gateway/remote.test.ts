/**
 * The remote-upstream path end to end: the embedded API alone on its own port (standalone.ts), and the
 * gateway process set up from its environment with APIZEE_URL pointing at it, all over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userSchema } from '../../contract/models.ts';
import { startStandaloneApizee } from '../apizee/standalone.ts';
import { createLogger } from '../runtime/log.ts';
import { readServerEnv } from '../runtime/env.ts';
import type { RunningServer } from '../runtime/listen.ts';
import { startGatewayServer, type GatewayServer } from './server.ts';
import { SESSION_COOKIE } from './sessionCookie.ts';
import { createTestApizee, setSessionCookie, temporaryDir, XHR } from './testSupport.ts';

describe('a gateway pointed at a remote Apizee by APIZEE_URL', () => {
  const gatewayData = temporaryDir('gateway-remote-');
  let dataDir: string;
  let closeData: () => void;
  let apizee: RunningServer;
  let gateway: GatewayServer;

  beforeAll(async () => {
    // A small seeded database, then the standalone API over the same folder (it does not re-seed).
    const seeded = createTestApizee();
    seeded.apizee.close();
    dataDir = seeded.dataDir;
    closeData = seeded.close;
    apizee = await startStandaloneApizee({
      port: 0,
      dataDir,
      logger: createLogger({ silent: true }),
      tokenRateLimits: { perAccountAndClient: 2 },
    });
    const env = readServerEnv({
      PORT: '0',
      APIZEE_URL: apizee.url,
      DATA_DIR: gatewayData.dir,
      DIST_DIR: gatewayData.dir,
      LOG_LEVEL: 'silent',
    });
    gateway = await startGatewayServer(env, createLogger({ silent: true }));
  });
  afterAll(async () => {
    await gateway?.close(100);
    await apizee?.close(100);
    closeData();
    gatewayData.remove();
  });

  function login(username: string, password: string) {
    return fetch(`${gateway.url}/auth/login`, {
      method: 'POST',
      headers: { ...XHR, 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  }

  it('names the remote upstream', () => {
    expect(gateway.upstream).toBe(new URL(apizee.url).origin);
  });

  it('signs in over HTTP and forwards API calls with the session', async () => {
    const response = await login('supervisor', 'Demo-pass-1');
    expect(response.status).toBe(200);
    expect(userSchema.parse(await response.json()).username).toBe('supervisor');
    const cookie = `${SESSION_COOKIE}=${setSessionCookie(response)!.value}`;

    const list = await fetch(`${gateway.url}/api/v3/tickets?limit=3`, {
      headers: { Cookie: cookie },
    });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await list.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);

    const missing = await fetch(`${gateway.url}/api/v3/tickets/999999`, { headers: { Cookie: cookie } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 404 });
  });

  it('passes upstream 401 through and ends the session', async () => {
    // A well-sealed cookie whose upstream token has since been revoked.
    const response = await login('agent1', 'Demo-pass-1');
    const cookie = `${SESSION_COOKIE}=${setSessionCookie(response)!.value}`;
    await fetch(`${gateway.url}/auth/logout`, { method: 'POST', headers: { ...XHR, Cookie: cookie } });
    const after = await fetch(`${gateway.url}/api/v3/users/me`, { headers: { Cookie: cookie } });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 401 });
    expect(setSessionCookie(after)?.value).toBe('');
  });

  it('passes the 429 of the token endpoint through with X-RateLimit-* headers', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      last = await login('agent2', 'not-the-password');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 429]);
    expect(last!.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(last!.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
