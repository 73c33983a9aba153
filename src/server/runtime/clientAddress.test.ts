import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './clientAddress.ts';

const none = new Set<string>();
const proxy = new Set(['10.0.0.1']);

describe('clientAddress', () => {
  it('is the peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', proxy)).toBe('203.0.113.9');
  });

  it('reads X-Forwarded-For from the right behind a trusted proxy; a forged left part is ignored', () => {
    expect(clientAddress('10.0.0.1', '198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', '198.51.100.1, 10.0.0.1', proxy)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', undefined, proxy)).toBe('10.0.0.1');
  });

  it('reads IPv4 on a dual-stack socket as IPv4', () => {
    expect(clientAddress('::ffff:10.0.0.1', '198.51.100.1', proxy)).toBe('198.51.100.1');
  });

  it('trusts a caller in this process (no peer) like a proxy', () => {
    expect(clientAddress(undefined, '198.51.100.1', none)).toBe('198.51.100.1');
    expect(clientAddress(undefined, undefined, none)).toBeUndefined();
  });
});

describe('parseTrustedProxies', () => {
  it('reads comma-separated IPs and names a bad one', () => {
    expect(parseTrustedProxies('127.0.0.1, ::1')).toEqual(['127.0.0.1', '::1']);
    expect(() => parseTrustedProxies('127.0.0.1,proxy.local')).toThrow('"proxy.local" is not an IP address');
  });
});
