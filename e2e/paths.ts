/**
 * Every per-run location of the end-to-end tests, derived from E2E_PORT so that several runs (one per
 * helper or CI job) can share this tree without touching each other's server, data or sessions.
 */
import path from 'node:path';

export const DEFAULT_E2E_PORT = 8180;

export type E2ePaths = {
  port: number;
  baseURL: string;
  dataDir: string;
  authDir: string;
  outputDir: string;
  jsonReport: string;
};

export function e2ePaths(env: NodeJS.ProcessEnv = process.env): E2ePaths {
  const port = Number(env.E2E_PORT ?? DEFAULT_E2E_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`E2E_PORT is not a port: ${env.E2E_PORT}`);
  const isDefaultPort = port === DEFAULT_E2E_PORT;
  return {
    port,
    baseURL: `http://127.0.0.1:${port}`,
    dataDir: path.join('.tmp', `e2e-data-${port}`),
    authDir: path.join('.tmp', 'auth', String(port)),
    outputDir: path.join('test-results', `playwright-${port}`),
    // CI reads test-results/e2e.json; runs on another port keep their own report.
    jsonReport: path.join('test-results', isDefaultPort ? 'e2e.json' : `e2e-${port}.json`),
  };
}
