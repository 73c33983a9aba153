import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { e2ePaths } from './e2e/paths.ts';

const isCI = Boolean(process.env.CI);
const { profile, port, apizeePort, baseURL, dataDir, outputDir, jsonReport } = e2ePaths();
const logLevel = process.env.E2E_LOG_LEVEL ?? 'warn';
/** Calls a minute per user of the embedded Apizee (0: off); E2E_RATE_LIMIT=10 runs the suite under Apizee's. */
const rateLimit = process.env.E2E_RATE_LIMIT ?? '0';
/** The strict profile's shared secret between the stand-in's webhooks and the gateway. */
const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789';

// Playwright cannot download its own browser on every machine: use the system Chromium when there is one.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

export default defineConfig({
  testDir: './e2e',
  // Playwright empties outputDir at start: a folder per port keeps parallel runs (and vitest.json) intact.
  outputDir,
  fullyParallel: false,
  forbidOnly: isCI,
  // A test passes on its first try or it fails: no retries, in CI or not.
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: jsonReport }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL,
    // Specs read English labels whatever the machine's language.
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
      dependencies: ['setup'],
    },
  ],
  webServer: profile === 'strict' ? strictServers() : [dashboard(dataDir)],
});

/** `npm start` on a fresh database: it seeds the demo data on its first start in an empty DATA_DIR. */
function dashboard(data: string, env: Record<string, string> = {}) {
  return {
    command: `rm -rf '${data}' && npm start`,
    // Answers 401 (which Playwright counts as "up") once the server listens.
    url: `${baseURL}/auth/session`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(port),
      DATA_DIR: data,
      LOG_LEVEL: logLevel,
      // Apizee's limit per user; the suite's fixtures set up data as a few users, faster than a person.
      APIZEE_RATE_LIMIT: rateLimit,
      ...env,
    },
  };
}

/**
 * The strict profile: `npm run apizee` as the strict stand-in (documented behaviour only, every open
 * shape; its rate limit off until the gateway's store keeps the dashboard within it), and the gateway
 * talking to it over HTTP. The API seeds its own folder; the gateway's holds only its secret.
 */
function strictServers() {
  const apizeeData = path.join(dataDir, 'apizee');
  return [
    {
      command: `rm -rf '${apizeeData}' && npm run apizee`,
      url: `http://127.0.0.1:${apizeePort}/api/v3/users/me`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
      env: {
        APIZEE_PORT: String(apizeePort),
        DATA_DIR: apizeeData,
        LOG_LEVEL: logLevel,
        APIZEE_EXTENSIONS: '0',
        APIZEE_RATE_LIMIT: rateLimit,
        APIZEE_SHAPE_VARIANTS: '1',
        // Its webhooks reach the gateway's store over HTTP, with the shared secret.
        APIZEE_WEBHOOK_URL: `${baseURL}/webhooks/apizee`,
        APIZEE_WEBHOOK_HEADERS: JSON.stringify({ 'X-Webhook-Secret': E2E_WEBHOOK_SECRET }),
      },
    },
    dashboard(path.join(dataDir, 'gateway'), {
      APIZEE_URL: `http://127.0.0.1:${apizeePort}`,
      WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      UPSTREAM_RATE_LIMIT: rateLimit === '0' ? '10000' : rateLimit,
    }),
  ];
}
