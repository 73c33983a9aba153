import { rmSync } from 'node:fs';
import { e2ePaths } from './paths.ts';

/**
 * Runs once per run, after the web server is up (Playwright starts webServer before globalSetup; the
 * server's command itself starts from an empty, freshly seeded DATA_DIR). Sessions saved by an
 * earlier run were sealed with that run's secret, so they are dropped before the setup project signs in.
 */
export default function globalSetup(): void {
  rmSync(e2ePaths().authDir, { recursive: true, force: true });
}
