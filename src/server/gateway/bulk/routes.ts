/**
 * `/gateway/bulk`: start a bulk job (`POST`, 202 with the job), read it after a reload (`GET /:id`,
 * or `GET` for the user's jobs), cancel it (`DELETE /:id`), undo a finished one (`POST /:id/undo`).
 * Nothing here calls upstream but the job's own writes (and, for a filter, the enterprise's default
 * service, usually cached).
 */
import type { Hono } from 'hono';
import type { ApiErrorBody } from '../../../contract/errors.ts';
import { bulkPaths } from '../../../contract/bulk.ts';
import type { GatewayDeps } from '../deps.ts';
import { badRequest, errorResponse, jsonBody, type GatewayContext, type GatewayEnv } from '../http.ts';
import { sessionOf } from '../proxy.ts';
import { defaultServiceKey } from '../serving/ticketList.ts';
import { verifiedProfile } from '../serving/verifiedProfile.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { StoreListForbidden } from '../store/listTickets.ts';
import { isAdmin } from '../store/users.ts';
import { BulkJobBusy, createBulkJobs, type BulkJobsOptions } from './bulkJobs.ts';
import { parseBulkRequest } from './bulkRequest.ts';
import { resolveTargets } from './bulkTargets.ts';

const NOT_FOUND = 'No such bulk job (it ended over an hour ago, or ran on a gateway that restarted)';

export function registerBulkRoutes(
  app: Hono<GatewayEnv>,
  deps: GatewayDeps,
  store: GatewayStore,
  options: BulkJobsOptions = {},
) {
  const jobs = createBulkJobs(deps, store, options);
  const busy = (c: GatewayContext, error: BulkJobBusy) =>
    c.json({ code: 409, message: error.message, details: error.jobId } satisfies ApiErrorBody, 409);

  app.post(bulkPaths.jobs, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const parsed = parseBulkRequest(await jsonBody(c));
    if (!parsed.ok) return badRequest(c, parsed.errors);
    const { action, targets } = parsed.request;
    const profile = await verifiedProfile(c, deps, session);
    if (profile instanceof Response) return profile;
    let serviceKey: string | null = null;
    if ('filter' in targets && targets.filter.service === undefined) {
      const key = await defaultServiceKey(c, deps, session);
      if (key instanceof Response) return key;
      serviceKey = key;
    }
    const user = { id: session.userId, enterpriseId: session.enterpriseId, isAdmin: isAdmin(profile) };
    try {
      const resolved = await resolveTargets(store.db, user, targets, serviceKey);
      if (!resolved.ok) return badRequest(c, { [resolved.field]: [resolved.message] });
      const job = await jobs.start(
        session,
        resolved.tickets.map((before) => ({ action, before })),
      );
      return c.json(job, 202);
    } catch (error) {
      if (error instanceof StoreListForbidden) return errorResponse(c, 403, error.message);
      if (error instanceof BulkJobBusy) return busy(c, error);
      throw error;
    }
  });

  app.get(bulkPaths.jobs, (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    return c.json({ data: jobs.list(session.userId) });
  });

  app.get(`${bulkPaths.jobs}/:id`, (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const job = jobs.get(session.userId, c.req.param('id'));
    return job ? c.json(job) : errorResponse(c, 404, NOT_FOUND);
  });

  app.delete(`${bulkPaths.jobs}/:id`, (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const job = jobs.cancel(session.userId, c.req.param('id'));
    return job ? c.json(job) : errorResponse(c, 404, NOT_FOUND);
  });

  app.post(`${bulkPaths.jobs}/:id/undo`, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    try {
      const job = await jobs.undo(session, c.req.param('id'));
      if (job === null) return errorResponse(c, 404, NOT_FOUND);
      if (job === 'nothing') return errorResponse(c, 409, 'Nothing of this job can be undone');
      return c.json(job, 202);
    } catch (error) {
      if (error instanceof BulkJobBusy) return busy(c, error);
      throw error;
    }
  });
  return jobs;
}
