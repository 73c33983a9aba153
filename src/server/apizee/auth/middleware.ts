import type { MiddlewareHandler } from 'hono';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { loadCurrentUser } from '../directory/users.ts';
import type { TokenStore } from './tokens.ts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Resolves `Authorization: Bearer <token>` into the current user; 401 when absent or invalid. */
export function requireAuth(tokens: TokenStore): MiddlewareHandler<ApizeeEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw ApiError.unauthorized('A bearer token is required');
    const verified = tokens.verify(match[1]);
    if (!verified) throw ApiError.unauthorized('The access token is invalid, expired or revoked');
    const user = loadCurrentUser(c.get('deps').db, verified.userId);
    if (!user) throw ApiError.unauthorized('The access token is invalid, expired or revoked');
    c.set('user', user);
    c.set('tokenId', verified.tokenId);
    await next();
  };
}
