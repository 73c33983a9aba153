/**
 * What the gateway's `POST /auth/logout` and `POST /auth/logout-everywhere` answer (gateway routes, not
 * Apizee's). The session always ends at the gateway; `upstreamRevoked` says whether Apizee ended the
 * token too (false: Apizee could not be reached, and the token lives until it expires).
 */
import * as z from 'zod/mini';

export const SIGN_OUT_PATHS = { here: '/auth/logout', everywhere: '/auth/logout-everywhere' } as const;

export const signOutResultSchema = z.object({ upstreamRevoked: z.boolean() });
export type SignOutResult = z.infer<typeof signOutResultSchema>;
