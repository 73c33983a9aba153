/**
 * `GET /api/v3/enterprises/{id}/tickets/report` (API.md "Reporting"): from the gateway's store, with no
 * upstream call, when the store is current for the user and holds every ticket of the report's scope;
 * else upstream's answer, kept a minute per view (upstreamReport.ts). `X-Served-From: store|upstream`.
 *
 * The store covers the scope of an admin (their sync lists `user=all`) and, when upstream has our
 * extensions, of a supervisor (`user=visible`); a supervisor on a documented-only Apizee syncs only
 * their own tickets (sync/scopes.ts), so their report goes upstream. Agents (403 upstream), trashed
 * tickets (`withTrashed`, the store has none) and another enterprise go upstream too.
 *
 * Same contract and validation as upstream (400 naming each bad field), counted by the same
 * aggregateReport; the shape has the [ext] fields only when upstream's would. Where the numbers can
 * differ from upstream's on the same data:
 * - `by_day[].done` of tickets the store first saw already resolved: their completion instant is
 *   inferred (store/completion.ts), so a session ending around midnight UTC may count on the next or
 *   previous day; one reopened before the store first saw it is not counted.
 * - Times have upstream's whole-second precision: a period bound inside a second can differ.
 * - `late` is measured at the gateway's clock, upstream's at its own.
 * - Agent and group names are those of each ticket's last copy (upstream joins the current names).
 */
import type { Hono } from 'hono';
import { issuesToFieldErrors } from '../../../contract/errors.ts';
import type { User } from '../../../contract/models.ts';
import { reportParamsSchema } from '../../../contract/requests.ts';
import type { GatewayDeps } from '../deps.ts';
import { relayResponse } from '../forwarding.ts';
import { badRequest, type GatewayEnv } from '../http.ts';
import { forwardAsUser, sessionOf } from '../proxy.ts';
import { verifiedProfile } from '../serving/verifiedProfile.ts';
import type { GatewayStore } from '../store/gatewayStore.ts';
import { isAdmin } from '../store/users.ts';
import { scopesCoverAll } from '../sync/scopes.ts';
import { apiPath } from '../upstreamCall.ts';
import { buildStoreReport } from './storeReport.ts';
import { upstreamReport } from './upstreamReport.ts';

const REPORT_PATH = apiPath('/enterprises/:enterpriseId{[0-9]+}/tickets/report');

/** Upstream gives reports to supervisors and admins (agents get a 403 from it). */
const getsReports = (user: User) => isAdmin(user) || user.roles.includes('supervisor');

export function registerReport(app: Hono<GatewayEnv>, deps: GatewayDeps, store: GatewayStore): void {
  app.get(REPORT_PATH, async (c) => {
    const session = sessionOf(c, deps);
    if (session instanceof Response) return session;
    const url = new URL(c.req.url);
    const pathAndQuery = `${url.pathname}${url.search}`;
    if (Number(c.req.param('enterpriseId')) !== session.enterpriseId) {
      const upstream = await forwardAsUser(c, deps, session, pathAndQuery);
      return upstream instanceof Response ? relayResponse(c, upstream) : upstream.refusal;
    }
    const profile = await verifiedProfile(c, deps, session);
    if (profile instanceof Response) return profile;
    if (!getsReports(profile)) return upstreamReport(c, deps, store.db, session, pathAndQuery);

    // As upstream reads them: an empty value is no value, a repeated key keeps its last one.
    const query = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''));
    const parsed = reportParamsSchema.safeParse(query);
    if (!parsed.success) return badRequest(c, issuesToFieldErrors(parsed.error.issues));
    const params = parsed.data;
    if (params.withTrashed) return upstreamReport(c, deps, store.db, session, pathAndQuery);

    const upstreamHas = await deps.extensions.forToken(session.token);
    if (!scopesCoverAll(profile, upstreamHas))
      return upstreamReport(c, deps, store.db, session, pathAndQuery);
    await store.sync.settle(session.userId);
    if (!(await store.sync.isCurrent(session.userId))) {
      // Upstream down: what the store has, said to be possibly out of date, once its first sync is done.
      const storeCanAnswer = !store.upstreamReachable() && (await store.sync.status(session.userId)).done;
      if (!storeCanAnswer) return upstreamReport(c, deps, store.db, session, pathAndQuery);
      c.header('X-Store-Stale', 'true');
    }
    const report = await buildStoreReport(store.db, {
      user: { id: session.userId, enterpriseId: session.enterpriseId, isAdmin: isAdmin(profile) },
      period: { start: params.startTime, end: params.endTime },
      now: deps.now(),
      extensions: upstreamHas.includes('reportFigures'),
      agentId: params.userId,
      groupId: params.groupId,
    });
    c.header('X-Served-From', 'store');
    return c.json(report);
  });
}
