/** Cross-cutting middleware of the gateway: CSRF guard, security headers (the request log is runtime/requestLog.ts). */
import type { MiddlewareHandler } from 'hono';
import { errorResponse, type GatewayEnv } from './http.ts';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A cross-site form or link cannot set a custom header, and a cross-site fetch that sets one needs a
 * CORS preflight that this gateway never grants: requiring it on writes defeats CSRF (on top of the
 * SameSite=Strict cookie).
 */
export function requireXhrOnWrites(): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const isXhr = c.req.header('x-requested-with')?.toLowerCase() === 'xmlhttprequest';
    if (MUTATING_METHODS.has(c.req.method) && !isXhr) {
      return errorResponse(c, 403, 'This request must carry the header X-Requested-With: XMLHttpRequest');
    }
    await next();
  };
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  // Mantine sets inline styles.
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** On every response: proxied media files get them too, so a hostile upload opened in a tab stays inert. */
export function securityHeaders(): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
