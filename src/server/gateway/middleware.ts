/**
 * Cross-cutting middleware of the gateway: CSRF guard, body limit, security headers (the request log
 * is runtime/requestLog.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import {
  DOWNLOAD_ONLY_TYPE,
  inlineMediaType,
  MEDIA_CONTENT_SECURITY_POLICY,
} from '../../contract/mediaPolicy.ts';
import { API_BASE } from '../../contract/paths.ts';
import { errorResponse, type GatewayEnv } from './http.ts';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Of any request body to /auth and /api (the largest legitimate one, a ticket, is under 150 kB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A 413 for a body over `maxBytes`: at once when its Content-Length says so, otherwise when that many
 * bytes have been forwarded. The body still streams: it is counted on its way, never held.
 */
export function bodySizeLimit(maxBytes = MAX_BODY_BYTES): MiddlewareHandler<GatewayEnv> {
  const tooLarge = (c: Context<GatewayEnv>) =>
    errorResponse(c, 413, `The request body is over the limit of ${maxBytes} bytes`);
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    if (Number(c.req.header('content-length')) > maxBytes) return tooLarge(c);
    let received = 0;
    let exceeded = false;
    const overLimit = () => new Error('request body over the limit');
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          if (exceeded) {
            controller.error(overLimit());
            return;
          }
          received += chunk.byteLength;
          exceeded = received > maxBytes;
          // The chunk that crosses the limit still goes: an upstream with a limit of its own (the
          // embedded API) then refuses the body itself rather than seeing it break off.
          controller.enqueue(chunk);
        },
        flush(controller) {
          if (exceeded) controller.error(overLimit());
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' });
    await next();
    if (exceeded) {
      await c.res.body?.cancel().catch(() => {});
      c.res = undefined;
      c.res = tooLarge(c);
    }
  };
}

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
    return next();
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

/** A media's file or thumbnail (a ticket's zip is made by the API, never a guest's bytes as they are). */
const MEDIA_FILE_PATH = new RegExp(`^${API_BASE}/medias/[^/]+/(?:download|thumbnail)$`);

/**
 * Whatever the upstream says, a media file the policy does not show inline leaves as an opaque
 * attachment: served as itself, a JavaScript upload would pass the page's `script-src 'self'`.
 */
function downloadOnlyUnlessInline(c: Context<GatewayEnv>): void {
  if (!c.res.ok || !MEDIA_FILE_PATH.test(c.req.path)) return;
  if (inlineMediaType(c.res.headers.get('content-type'))) return;
  // The disposition's parameters (the file name) stay; its type becomes `attachment`.
  const parameters = (c.res.headers.get('content-disposition') ?? '').replace(/^[^;]*/, '');
  c.header('Content-Type', DOWNLOAD_ONLY_TYPE);
  c.header('Content-Disposition', `attachment${parameters}`);
}

/**
 * On every response. Answers of the API are data, never a page: opened in a tab (a hostile media),
 * one gets the sandbox policy, so it runs nothing and has no access to the dashboard's origin.
 */
export function securityHeaders(): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    await next();
    const isApi = c.req.path === API_BASE || c.req.path.startsWith(`${API_BASE}/`);
    if (isApi) downloadOnlyUnlessInline(c);
    c.header('Content-Security-Policy', isApi ? MEDIA_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
