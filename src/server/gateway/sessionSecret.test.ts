import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSessionSecret, SESSION_SECRET_FILE } from './sessionSecret.ts';
import { temporaryDir } from './testSupport.ts';

describe('session secret', () => {
  let temp: ReturnType<typeof temporaryDir>;
  let dataDir: string;
  beforeEach(() => {
    temp = temporaryDir('gateway-secret-');
    dataDir = path.join(temp.dir, 'data');
  });
  afterEach(() => temp.remove());

  it('uses SESSION_SECRET when given, writing nothing', () => {
    expect(loadSessionSecret(dataDir, 'x'.repeat(40))).toBe('x'.repeat(40));
    expect(() => statSync(dataDir)).toThrow();
  });

  it('generates one on first start, keeps it (mode 600) and reuses it', () => {
    const first = loadSessionSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, SESSION_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(loadSessionSecret(dataDir)).toBe(first);
  });

  it('refuses a stored secret that is too short', () => {
    loadSessionSecret(dataDir);
    writeFileSync(path.join(dataDir, SESSION_SECRET_FILE), 'short\n');
    expect(() => loadSessionSecret(dataDir)).toThrow(/shorter than 32/);
  });
});
