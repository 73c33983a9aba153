/** The Hono environment of the gateway and the small HTTP helpers its routes share. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from '../../contract/errors.ts';
import { clientAddress } from '../runtime/clientAddress.ts';

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

/** A 400 naming each bad field, as upstream words it (`Invalid parameters: a, b`). */
export function badRequest(c: GatewayContext, errors: Record<string, string[]>): Response {
  const body: ApiErrorBody = {
    code: 400,
    message: `Invalid parameters: ${Object.keys(errors).join(', ')}`,
    errors,
  };
  return c.json(body, 400);
}

/** A request's JSON body, or undefined when it is not JSON (the route's schema then names what is missing). */
export async function jsonBody(c: GatewayContext): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/**
 * The browser's address: the TCP peer, or what X-Forwarded-For says when the peer is a proxy of
 * TRUST_PROXY (anyone else can forge the header). Undefined when driven in-process (tests).
 */
export function browserAddress(c: GatewayContext, trustedProxies: ReadonlySet<string>): string | undefined {
  const peer = c.env?.incoming?.socket?.remoteAddress;
  return peer === undefined
    ? undefined
    : clientAddress(peer, c.req.header('x-forwarded-for'), trustedProxies);
}

export function isHttps(c: GatewayContext): boolean {
  // Behind a TLS-terminating proxy the request reaches us as http: trust its forwarded protocol for the
  // Secure flag only (being wrong here can only make the cookie stricter, never leak it).
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
