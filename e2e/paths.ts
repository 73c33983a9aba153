/**
 * Every per-run location of the end-to-end tests, derived from E2E_PORT so that several runs (one per
 * helper or CI job) can share this tree without touching each other's server, data or sessions.
 */
import path from 'node:path';

export const DEFAULT_E2E_PORT = 8180;

/**
 * `default`: the dashboard as `npm start` runs it (the embedded API in-process, extensions on).
 * `strict` (E2E_PROFILE=strict): the gateway's remote path to `npm run apizee` on E2E_PORT + 1, with
 * documented behaviour only and every shape the public material leaves open (APIZEE_SHAPE_VARIANTS).
 */
export type E2eProfile = 'default' | 'strict';

export type E2ePaths = {
  profile: E2eProfile;
  port: number;
  /** The strict profile's embedded API (E2E_PORT + 1; the strict profile's default port is 8280). */
  apizeePort: number;
  baseURL: string;
  dataDir: string;
  authDir: string;
  outputDir: string;
  jsonReport: string;
};

const DEFAULT_PORTS: Record<E2eProfile, number> = { default: DEFAULT_E2E_PORT, strict: 8280 };
const REPORTS: Record<E2eProfile, string> = { default: 'e2e', strict: 'e2e-strict' };

export function e2ePaths(env: NodeJS.ProcessEnv = process.env): E2ePaths {
  const profile: E2eProfile = env.E2E_PROFILE === 'strict' ? 'strict' : 'default';
  if (env.E2E_PROFILE && env.E2E_PROFILE !== profile)
    throw new Error(`E2E_PROFILE is not a profile: ${env.E2E_PROFILE}`);
  const port = Number(env.E2E_PORT ?? DEFAULT_PORTS[profile]);
  if (!Number.isInteger(port) || port <= 0 || port >= 65_535)
    throw new Error(`E2E_PORT is not a port: ${env.E2E_PORT}`);
  const report = REPORTS[profile] + (port === DEFAULT_PORTS[profile] ? '' : `-${port}`);
  return {
    profile,
    port,
    apizeePort: port + 1,
    baseURL: `http://127.0.0.1:${port}`,
    dataDir: path.join('.tmp', `e2e-data-${port}`),
    authDir: path.join('.tmp', 'auth', String(port)),
    outputDir: path.join('test-results', `playwright-${port}`),
    // CI reads test-results/e2e.json and e2e-strict.json; runs on another port keep their own report.
    jsonReport: path.join('test-results', `${report}.json`),
  };
}
