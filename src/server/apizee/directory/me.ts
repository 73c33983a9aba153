import type { Hono } from 'hono';
import { API_BASE, apiPaths } from '../../../contract/paths.ts';
import type { ApizeeEnv } from '../context.ts';
import { enterpriseName, findUserById, groupsOfUser, toApiUser } from './users.ts';
import { ApiError } from '../http/errors.ts';

export function registerUserRoutes(app: Hono<ApizeeEnv>): void {
  app.get(`${API_BASE}${apiPaths.me}`, (c) => {
    const { db } = c.get('deps');
    const row = findUserById(db, c.get('user').id);
    if (!row) throw ApiError.unauthorized();
    return c.json(toApiUser(row, groupsOfUser(db, row.id), enterpriseName(db, row.enterprise_id)));
  });
}
