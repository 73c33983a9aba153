import { describe, expect, it } from 'vitest';
import { createSessionSealer, newSessionId } from './sessionCookie.ts';

const SECRET = 'a-session-secret-that-is-long-enough-123';
const TOKEN = 'upstream-access-token-1234567890';
const NOW = 1_800_000_000_000;
const SESSION = {
  token: TOKEN,
  expiresAt: NOW + 1000,
  userId: 7,
  enterpriseId: 2,
  id: newSessionId(),
  issuedAt: NOW - 5000,
  lastUsedAt: NOW - 100,
};

describe('session cookie sealing', () => {
  const sealer = createSessionSealer(SECRET);

  it('opens what it sealed', () => {
    const sealed = sealer.seal(SESSION);
    expect(sealer.unseal(sealed, NOW)).toEqual(SESSION);
  });

  it('refuses a cookie sealed before sessions had an id (it could not be revoked)', () => {
    const { id: _id, issuedAt: _issued, lastUsedAt: _used, ...withoutId } = SESSION;
    const legacy = sealer.seal(withoutId as typeof SESSION);
    expect(sealer.unseal(legacy, NOW)).toBeNull();
  });

  it('never shows the token, even encoded', () => {
    const sealed = sealer.seal(SESSION);
    expect(sealed).not.toContain(TOKEN);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain(TOKEN);
    expect(sealed).not.toContain(Buffer.from(TOKEN).toString('base64url').slice(0, 12));
  });

  it('seals the same session differently each time (random IV)', () => {
    const session = SESSION;
    expect(sealer.seal(session)).not.toBe(sealer.seal(session));
  });

  it('refuses any altered byte', () => {
    const sealed = sealer.seal(SESSION);
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const index of [0, 12, 20, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[index] = (altered[index] ?? 0) ^ 0x01;
      expect(sealer.unseal(`v1.${altered.toString('base64url')}`, NOW), `byte ${index}`).toBeNull();
    }
  });

  it('refuses a value sealed with another secret', () => {
    const other = createSessionSealer('another-secret-that-is-long-enough-456');
    expect(sealer.unseal(other.seal(SESSION), NOW)).toBeNull();
  });

  it('refuses an expired session', () => {
    const sealed = sealer.seal(SESSION);
    expect(sealer.unseal(sealed, NOW + 999)).not.toBeNull();
    expect(sealer.unseal(sealed, NOW + 1000)).toBeNull();
  });

  it('refuses junk', () => {
    for (const junk of ['', 'v1.', 'v1', 'v2.abc', 'v1.%%%', 'v1.AAAA', `v1.${'A'.repeat(60)}`, 'v1.a.b']) {
      expect(sealer.unseal(junk, NOW), junk).toBeNull();
    }
  });

  it('wants a secret of 32 characters or more', () => {
    expect(() => createSessionSealer('short')).toThrow(/32 characters/);
  });
});
