/**
 * With the embedded API in this process, its session links (`scope=sso`) point to the gateway: the
 * guest's `/join/<token>` and the agent's `/room/<token>` are passed to it as they are. No session is
 * needed (the token in the path is the credential) and none is sent; only the headers a page needs
 * cross. With a remote upstream, links point to the upstream itself and nothing is registered.
 */
import type { Hono } from 'hono';
import type { GatewayDeps } from './deps.ts';
import { relayResponse } from './forwarding.ts';
import type { GatewayEnv } from './http.ts';
import { callUpstream } from './upstreamCall.ts';

export const LINK_PAGE_PREFIXES = ['/join', '/room'] as const;

const PAGE_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type'];

export function registerLinkPages(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  for (const prefix of LINK_PAGE_PREFIXES) {
    app.on(['GET', 'HEAD', 'POST'], [prefix, `${prefix}/*`], async (c) => {
      const request = c.req.raw;
      const headers = new Headers();
      for (const name of PAGE_REQUEST_HEADERS) {
        const value = request.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      const url = new URL(request.url);
      const upstream = await callUpstream(deps, url.pathname, {
        method: request.method,
        headers,
        body: request.method === 'POST' ? request.body : undefined,
        duplex: 'half',
        signal: request.signal,
      });
      return relayResponse(c, upstream);
    });
  }
}
