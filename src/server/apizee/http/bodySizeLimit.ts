import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from './errors.ts';

/**
 * Of any request body, JSON, form or multipart. The largest legitimate one, a ticket with a
 * 20,000-character description written as JSON escapes, stays under 150 kB.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A 413 in the contract's error shape for a body over `maxBytes`: at once when its Content-Length
 * says so, otherwise as soon as that many bytes have arrived (never buffering more).
 */
export function bodySizeLimit(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json(errorBody(413, `The request body is over the limit of ${maxBytes} bytes`), 413),
  });
}
