/** Shared set-up of the gateway's tests (not a test file itself). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { createApizeeApp, type ApizeeApp, type ApizeeAppOptions } from '../apizee/app.ts';
import { seedDatabase } from '../apizee/seed/seed.ts';
import { createLogger, type Logger } from '../runtime/log.ts';
import { createGateway, type GatewayOptions } from './app.ts';
import type { GatewayEnv } from './http.ts';
import type { GatewayStore } from './store/gatewayStore.ts';
import { createSessionSealer, newSessionId, SESSION_COOKIE, type Session } from './sessionCookie.ts';
import type { Upstream } from './upstream.ts';

export const TEST_SECRET = 'test-secret-of-at-least-32-characters!!';
export const XHR = { 'X-Requested-With': 'XMLHttpRequest' } as const;

export type CapturedLogs = { logger: Logger; lines: string[] };

export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  return { logger: createLogger({ write: (line) => lines.push(line) }), lines };
}

type SessionIdentity = Pick<Session, 'userId' | 'enterpriseId'>;

/** Whose session a test cookie is when the test does not say (the seed's first user and enterprise). */
const TEST_IDENTITY: SessionIdentity = { userId: 1, enterpriseId: 1 };

export type TestGateway = {
  app: Hono<GatewayEnv>;
  store?: GatewayStore;
  logs: string[];
  /** A Cookie header holding a session for `token`, as the gateway would have set it. */
  sessionCookie(token: string, expiresAt?: number, identity?: SessionIdentity): string;
  /** Moves the gateway's clock. */
  advance(ms: number): void;
};

export function createTestGateway(
  upstream: Upstream,
  distDir = '/nonexistent-dist',
  options: Pick<
    GatewayOptions,
    'upstreamTimeoutMs' | 'trustedProxies' | 'liveHub' | 'live' | 'store' | 'sessionIdleMinutes' | 'bulk'
  > = {},
): TestGateway {
  let clock = Date.now();
  const { logger, lines } = captureLogs();
  const { app, store } = createGateway({
    upstream,
    sessionSecret: TEST_SECRET,
    distDir,
    logger,
    now: () => clock,
    ...options,
  });
  const sealer = createSessionSealer(TEST_SECRET);
  return {
    app,
    ...(store && { store }),
    logs: lines,
    sessionCookie: (token, expiresAt = clock + 3_600_000, identity = TEST_IDENTITY) =>
      `${SESSION_COOKIE}=${sealer.seal({ token, expiresAt, ...identity, id: newSessionId(), issuedAt: clock, lastUsedAt: clock })}`,
    advance: (ms) => {
      clock += ms;
    },
  };
}

/** The value of the session cookie a response sets (empty string when it clears it), or undefined. */
export function setSessionCookie(response: Response): { value: string; attributes: string } | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return undefined;
  const [pair = '', ...attributes] = header.split(';');
  return {
    value: pair.slice(SESSION_COOKIE.length + 1),
    attributes: attributes.map((a) => a.trim()).join('; '),
  };
}

export function temporaryDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type TestApizee = { apizee: ApizeeApp; dataDir: string; close(): void };

/** The real embedded API over a small seeded database in a temporary folder. */
export function createTestApizee(
  options: Pick<ApizeeAppOptions, 'tokenRateLimits' | 'logger'> = {},
): TestApizee {
  const temp = temporaryDir('gateway-apizee-');
  const logger = options.logger ?? createLogger({ silent: true });
  const apizee = createApizeeApp({ dataDir: temp.dir, logger, tokenRateLimits: options.tokenRateLimits });
  seedDatabase(apizee.db, { dataDir: temp.dir, tickets: 20, logger });
  return {
    apizee,
    dataDir: temp.dir,
    close: () => {
      apizee.close();
      temp.remove();
    },
  };
}
