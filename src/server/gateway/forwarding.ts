/**
 * Which headers cross the gateway. Allow-lists, not deny-lists: cookies, upstream Set-Cookie, hop-by-hop
 * and unknown headers stay on their side.
 */
import type { StatusCode } from 'hono/utils/http-status';
import type { GatewayContext } from './http.ts';

const REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'range',
  'if-range',
  'if-none-match',
  'if-modified-since',
];

const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-range',
  'accept-ranges',
  'retry-after',
  'etag',
  'last-modified',
  'cache-control',
];

export function forwardedRequestHeaders(incoming: Headers, token: string): Headers {
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('authorization', `Bearer ${token}`);
  return headers;
}

function isForwardedResponseHeader(name: string): boolean {
  return RESPONSE_HEADERS.includes(name) || name.startsWith('x-ratelimit-');
}

/**
 * The upstream response as the browser gets it: same status, the body streamed through untouched,
 * allowed headers only. Built on the context so headers set earlier (a cleared cookie) are kept.
 */
export function relayResponse(c: GatewayContext, upstream: Response): Response {
  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    if (isForwardedResponseHeader(name)) headers.set(name, value);
  });
  return c.newResponse(upstream.body, { status: upstream.status as StatusCode, headers });
}

/** Upstream's response with a body the gateway rebuilt: its headers cross, but not its length. */
export function relayRebuilt(c: GatewayContext, upstream: Response, body: string): Response {
  const headers = new Headers(upstream.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return relayResponse(c, new Response(body, { status: upstream.status, headers }));
}
