/**
 * Issue 14, low finding: both servers listened on every interface. They listen on HOST, this machine
 * only by default, and as the environment says otherwise.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApizeeApp } from '../apizee/app.ts';
import { seedDatabase } from '../apizee/seed/seed.ts';
import { startStandaloneApizee } from '../apizee/standalone.ts';
import { startGatewayServer } from '../gateway/server.ts';
import { readServerEnv } from './env.ts';
import { listen } from './listen.ts';
import { createLogger } from './log.ts';

const silent = createLogger({ silent: true });
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'listen-host-'));
  const seeded = createApizeeApp({ dataDir, logger: silent });
  seedDatabase(seeded.db, { dataDir, tickets: 0, passwordCost: 4 });
  seeded.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('HOST', () => {
  it('defaults to 127.0.0.1, takes 0.0.0.0 or a name, and names a bad value', () => {
    expect(readServerEnv({}).HOST).toBe('127.0.0.1');
    expect(readServerEnv({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(readServerEnv({ HOST: '::' }).HOST).toBe('::');
    expect(readServerEnv({ HOST: 'dashboard.internal' }).HOST).toBe('dashboard.internal');
    expect(() => readServerEnv({ HOST: 'http://0.0.0.0' })).toThrow(/HOST: must be an IP address/);
    expect(() => readServerEnv({ HOST: 'two words' })).toThrow(/HOST: must be an IP address/);
  });

  it('a server listens on this machine only unless told otherwise', async () => {
    const server = await listen(() => new Response('ok'), 0);
    try {
      expect(server.address).toBe('127.0.0.1');
    } finally {
      await server.close(100);
    }
  });

  it.each([
    [{}, '127.0.0.1'],
    [{ HOST: '0.0.0.0' }, '0.0.0.0'],
  ])('npm run apizee with %o listens on %s', async (variables, address) => {
    const env = readServerEnv(variables);
    const server = await startStandaloneApizee({ port: 0, host: env.HOST, dataDir, logger: silent });
    try {
      expect(server.address).toBe(address);
      expect((await fetch(`${server.url}/api/v3/users/me`)).status).toBe(401);
    } finally {
      await server.close(100);
    }
  });

  it.each([
    [{}, '127.0.0.1'],
    [{ HOST: '0.0.0.0' }, '0.0.0.0'],
  ])('npm start with %o listens on %s', async (variables, address) => {
    const gatewayData = fs.mkdtempSync(path.join(os.tmpdir(), 'listen-host-gateway-'));
    const env = readServerEnv({
      ...variables,
      PORT: '0',
      // A remote upstream the start does not call: the gateway alone is under test.
      APIZEE_URL: 'http://127.0.0.1:9',
      DATA_DIR: gatewayData,
      DIST_DIR: gatewayData,
      LOG_LEVEL: 'silent',
    });
    const server = await startGatewayServer(env, silent);
    try {
      expect(server.address).toBe(address);
    } finally {
      await server.close(100);
      fs.rmSync(gatewayData, { recursive: true, force: true });
    }
  });
});
