/** The Hono environment of the gateway and the small HTTP helpers its routes share. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../contract/errors.ts';

/** Bindings are absent when the app is driven in-process (`app.request` in tests). */
export type GatewayEnv = { Bindings: Partial<HttpBindings> };
export type GatewayContext = Context<GatewayEnv>;

/**
 * An error in the contract's shape, so the SPA handles gateway and upstream errors alike. Built on the
 * context, so headers set earlier (a cleared cookie) stay on the response.
 */
export function errorResponse(c: GatewayContext, status: ContentfulStatusCode, message: string): Response {
  const body: ApiErrorBody = { code: status, message };
  return c.json(body, status);
}

/** The address of the TCP peer (not a client-supplied header, which anyone can forge). */
export function peerAddress(c: GatewayContext): string | undefined {
  return c.env?.incoming?.socket?.remoteAddress;
}

export function isHttps(c: GatewayContext): boolean {
  // Behind a TLS-terminating proxy the request reaches us as http: trust its forwarded protocol for the
  // Secure flag only (being wrong here can only make the cookie stricter, never leak it).
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
