import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { e2ePaths } from './e2e/paths.ts';

const isCI = Boolean(process.env.CI);
const { port, baseURL, dataDir, outputDir, jsonReport } = e2ePaths();

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
  webServer: {
    // A fresh database per run: the server seeds the demo data on its first start in an empty DATA_DIR.
    command: `rm -rf '${dataDir}' && npm start`,
    // Answers 401 (which Playwright counts as "up") once the server listens.
    url: `${baseURL}/auth/session`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn' },
  },
});
