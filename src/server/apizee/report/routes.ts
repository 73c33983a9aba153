import { Hono } from 'hono';
import { reportParamsSchema } from '../../../contract/requests.ts';
import type { ApizeeEnv } from '../context.ts';
import { ownEnterpriseId } from '../directory/enterprise.ts';
import { hasExtension } from '../extensions/settings.ts';
import { ApiError } from '../http/errors.ts';
import { readParams } from '../http/params.ts';
import { buildReport } from './report.ts';

/** `GET /enterprises/{enterpriseId}/tickets/report` (supervisors and admins), below the API base. */
export function reportRoutes(): Hono<ApizeeEnv> {
  const app = new Hono<ApizeeEnv>();
  app.get('/enterprises/:enterpriseId/tickets/report', async (c) => {
    ownEnterpriseId(c);
    const me = c.get('user');
    if (me.role === 'agent') throw ApiError.forbidden('Reports are for supervisors and admins');
    // The schema refuses an endTime before startTime, naming endTime.
    const params = await readParams(c, reportParamsSchema);
    const deps = c.get('deps');
    const report = buildReport(deps.db, {
      user: me,
      period: { start: params.startTime, end: params.endTime },
      now: deps.now(),
      extensions: hasExtension(c, 'reportFigures'),
      withTrashed: params.withTrashed,
      agentId: params.userId,
      groupId: params.groupId,
    });
    return c.json(report);
  });
  return app;
}
