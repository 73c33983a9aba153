/** `/api/v3/*` → upstream with the session's bearer token, bodies streamed both ways. */
import type { Hono } from 'hono';
import { apiPaths } from '../../contract/paths.ts';
import type { GatewayDeps } from './deps.ts';
import { forwardedRequestHeaders, relayResponse } from './forwarding.ts';
import { errorResponse, type GatewayContext, type GatewayEnv } from './http.ts';
import { endSession, readSession } from './session.ts';
import { apiPath } from './upstreamCall.ts';
import { BudgetExhausted, callAsUser } from './budget/callAsUser.ts';
import type { Session } from './sessionCookie.ts';

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
  const lookup = sessionOf(c, deps);
  if (lookup instanceof Response) return lookup;
  const upstream = await forwardAsUser(c, deps, lookup, pathAndQuery);
  return upstream instanceof Response ? relayResponse(c, upstream) : upstream.refusal;
}

/** The signed-in session, or the 401 to answer (an unreadable or expired cookie is also cleared). */
export function sessionOf(c: GatewayContext, deps: GatewayDeps): Session | Response {
  const lookup = readSession(c, deps.sealer, deps.now());
  if (lookup.state === 'missing') return errorResponse(c, 401, 'You are not signed in');
  if (lookup.state === 'invalid') {
    endSession(c);
    return errorResponse(c, 401, 'Your session has expired, please sign in again');
  }
  return lookup.session;
}

/**
 * The current request sent upstream as `session`'s user, through their budget (a write or a read):
 * upstream's response, or the gateway's own 429 when the budget has no call left within the wait.
 */
export async function forwardAsUser(
  c: GatewayContext,
  deps: GatewayDeps,
  session: Session,
  pathAndQuery: string,
  /** GET for a read the route needs on its own account (a profile, a directory), whatever its method. */
  method: string = c.req.raw.method,
): Promise<Response | { refusal: Response }> {
  const request = c.req.raw;
  const readOnly = METHODS_WITHOUT_BODY.has(method);
  try {
    const upstream = await callAsUser(
      deps,
      { userId: session.userId, token: session.token, priority: readOnly ? 'read' : 'write' },
      pathAndQuery,
      {
        method,
        headers: forwardedRequestHeaders(request.headers, session.token),
        body: readOnly ? undefined : request.body,
        duplex: 'half',
        // The browser going away (a cancelled video download, say) cancels the upstream call too.
        signal: request.signal,
      },
    );
    if (upstream.status === 401) endSession(c);
    return upstream;
  } catch (error) {
    if (!(error instanceof BudgetExhausted)) throw error;
    return { refusal: budgetRefusal(c, deps, error) };
  }
}

function budgetRefusal(c: GatewayContext, deps: GatewayDeps, error: BudgetExhausted): Response {
  const seconds = Math.max(1, Math.ceil((error.retryAt - deps.now()) / 1000));
  c.header('Retry-After', String(seconds));
  c.header('X-RateLimit-Reset', String(seconds));
  c.header('X-RateLimit-Remaining', '0');
  return errorResponse(
    c,
    429,
    `Apizee allows ${deps.store?.budget.limit ?? 10} calls a minute: try again in ${seconds} s`,
  );
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
