import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SESSION_SECRET_FILE = 'session-secret';
const MIN_SECRET_LENGTH = 32;

function readStoredSecret(file: string): string | null {
  let stored: string;
  try {
    stored = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (stored.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters: delete it or fix it`,
    );
  }
  return stored;
}

/**
 * SESSION_SECRET when given; otherwise a random secret generated on the first start and kept in
 * DATA_DIR/session-secret (mode 600), so sessions survive restarts. Processes behind a load balancer
 * must share it (same env value or same file).
 */
export function loadSessionSecret(dataDir: string, fromEnv?: string): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, SESSION_SECRET_FILE);
  const stored = readStoredSecret(file);
  if (stored) return stored;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    // `wx`: when two processes start at once, the second one fails here and reads the first one's secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readStoredSecret(file) ?? secret;
    throw error;
  }
  return secret;
}
