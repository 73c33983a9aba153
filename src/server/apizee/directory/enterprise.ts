import type { Context } from 'hono';
import type { ApizeeEnv } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { pathId } from '../http/params.ts';

/** The `{enterpriseId}` of the path, which must be the caller's own: any other is a 404. */
export function ownEnterpriseId(c: Context<ApizeeEnv>): number {
  const id = pathId(c, 'enterpriseId');
  if (id !== c.get('user').enterpriseId) throw ApiError.notFound('Enterprise not found');
  return id;
}
