/**
 * Who the client is, behind proxies we trust (TRUST_PROXY) and only those: X-Forwarded-For is read
 * from the right, each trusted hop vouching for the one before it; the first address that is not a
 * trusted proxy is the client. A caller that is not a trusted proxy is the client itself, whatever
 * header it sends.
 */
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) is `127.0.0.1`. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed;
}

/** TRUST_PROXY's addresses (comma-separated IPs), or an error naming the first that is not one. */
export function parseTrustedProxies(text: string): string[] {
  const addresses = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const bad = addresses.find((address) => isIP(address) === 0);
  if (bad !== undefined) throw new Error(`"${bad}" is not an IP address`);
  return addresses.map(normalizeAddress);
}

/**
 * The client's address. `peer` is the TCP peer; undefined means a caller in this process (the
 * gateway driving the embedded API), which is trusted like a proxy.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: ReadonlySet<string>,
): string | undefined {
  const hops = (forwardedFor ?? '').split(',').map(normalizeAddress).filter(Boolean);
  let client = peer === undefined ? undefined : normalizeAddress(peer);
  while ((client === undefined || trusted.has(client)) && hops.length > 0) client = hops.pop();
  return client;
}
