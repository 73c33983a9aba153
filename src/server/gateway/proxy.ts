/** `/api/v3/*` → upstream with the session's bearer token, bodies streamed both ways. */
import type { Hono } from 'hono';
import { apiPaths } from '../../contract/paths.ts';
import type { GatewayDeps } from './deps.ts';
import { forwardedRequestHeaders, relayResponse } from './forwarding.ts';
import { errorResponse, type GatewayContext, type GatewayEnv } from './http.ts';
import { endSession, readSession } from './session.ts';
import { apiPath, callUpstream } from './upstreamCall.ts';

const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD']);

/**
 * Forwards the current request to `pathAndQuery` upstream as the signed-in user. No session → 401
 * without calling upstream; an unreadable or expired cookie, or an upstream 401, also ends the session.
 */
export async function forwardWithSession(
  c: GatewayContext,
  deps: GatewayDeps,
  pathAndQuery: string,
): Promise<Response> {
  const lookup = readSession(c, deps.sealer, deps.now());
  if (lookup.state === 'missing') return errorResponse(c, 401, 'You are not signed in');
  if (lookup.state === 'invalid') {
    endSession(c);
    return errorResponse(c, 401, 'Your session has expired, please sign in again');
  }
  const request = c.req.raw;
  const upstream = await callUpstream(deps, pathAndQuery, {
    method: request.method,
    headers: forwardedRequestHeaders(request.headers, lookup.session.token),
    body: METHODS_WITHOUT_BODY.has(request.method) ? undefined : request.body,
    duplex: 'half',
    // The browser going away (a cancelled video download, say) cancels the upstream call too.
    signal: request.signal,
  });
  if (upstream.status === 401) endSession(c);
  return relayResponse(c, upstream);
}

function isTokenPath(path: string): boolean {
  const token = apiPath(apiPaths.token);
  const normalized = path.replace(/\/{2,}/g, '/');
  return normalized === token || normalized.startsWith(`${token}/`);
}

export function registerApiProxy(app: Hono<GatewayEnv>, deps: GatewayDeps): void {
  app.all('/api/v3/*', async (c) => {
    // The password exchange happens in /auth/login only; the browser never handles upstream tokens.
    if (isTokenPath(c.req.path)) return errorResponse(c, 404, 'Not found');
    const url = new URL(c.req.url);
    return forwardWithSession(c, deps, `${url.pathname}${url.search}`);
  });
}
