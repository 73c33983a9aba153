import { describe, expect, it } from 'vitest';
import { isEmbedded, loggerOptions, readServerEnv } from './env.ts';

describe('server environment', () => {
  it('has defaults for everything', () => {
    const env = readServerEnv({});
    expect(env).toMatchObject({ PORT: 8080, APIZEE_PORT: 8081, DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(env.SESSION_SECRET).toBeUndefined();
    expect(isEmbedded(env)).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(readServerEnv({ PORT: '', SESSION_SECRET: '', APIZEE_URL: '' })).toMatchObject({ PORT: 8080 });
  });

  it('takes a remote Apizee URL', () => {
    const env = readServerEnv({ APIZEE_URL: 'https://cloud.apizee.com', PORT: '9000' });
    expect(isEmbedded(env)).toBe(false);
    expect(env.PORT).toBe(9000);
  });

  it('names every bad variable at once', () => {
    const read = () =>
      readServerEnv({ PORT: 'eighty', APIZEE_URL: 'ftp://x', SESSION_SECRET: 'short', LOG_LEVEL: 'loud' });
    expect(read).toThrow(/PORT/);
    expect(read).toThrow(/APIZEE_URL: must be "embedded" or an http\(s\) URL/);
    expect(read).toThrow(/SESSION_SECRET: must be at least 32/);
    expect(read).toThrow(/LOG_LEVEL/);
  });

  it('reads UPSTREAM_TIMEOUT_MS and TRUST_PROXY, and names a bad proxy address', () => {
    expect(readServerEnv({})).toMatchObject({ UPSTREAM_TIMEOUT_MS: 10_000, TRUST_PROXY: [] });
    expect(readServerEnv({ UPSTREAM_TIMEOUT_MS: '2500', TRUST_PROXY: '10.0.0.1, ::1' })).toMatchObject({
      UPSTREAM_TIMEOUT_MS: 2500,
      TRUST_PROXY: ['10.0.0.1', '::1'],
    });
    expect(() => readServerEnv({ TRUST_PROXY: 'proxy.local' })).toThrow(
      /TRUST_PROXY: "proxy.local" is not an IP address/,
    );
  });

  it('maps LOG_LEVEL=silent to a silent logger', () => {
    expect(loggerOptions(readServerEnv({ LOG_LEVEL: 'silent' }))).toMatchObject({ silent: true });
    expect(loggerOptions(readServerEnv({ LOG_LEVEL: 'warn' }))).toEqual({ silent: false, level: 'warn' });
  });
});
