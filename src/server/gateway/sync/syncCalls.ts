/**
 * The sync's upstream calls, each as the synced user through their budget: a 401 ends the user's
 * sync (TokenRefused), an answer of an unknown shape is an error, not an empty page.
 */
import { serviceListSchema, ticketListSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { callAsUser } from '../budget/callAsUser.ts';
import type { CallPriority } from '../budget/scheduler.ts';
import type { GatewayDeps } from '../deps.ts';
import type { Session } from '../sessionCookie.ts';
import { apiPath } from '../upstreamCall.ts';

/** Upstream refused the worker's token (401). */
export class TokenRefused extends Error {}

export const readJson = async (response: Response): Promise<unknown> => response.json().catch(() => null);

export function syncCalls(deps: GatewayDeps) {
  const call = async (session: Session, priority: CallPriority, path: string) => {
    const response = await callAsUser(deps, { userId: session.userId, token: session.token, priority }, path);
    if (response.status === 401) {
      await response.body?.cancel();
      throw new TokenRefused();
    }
    return response;
  };

  async function serviceKeys(session: Session): Promise<string[]> {
    const response = await call(session, 'sync', apiPath(apiPaths.enterpriseServices(session.enterpriseId)));
    const body = serviceListSchema.safeParse(await readJson(response));
    if (!response.ok || !body.success) throw new Error(`services: upstream answered ${response.status}`);
    return body.data.data.map((service) => service.key);
  }

  async function listPage(session: Session, priority: CallPriority, query: string) {
    const response = await call(session, priority, `${apiPath(apiPaths.tickets)}?${query}`);
    const body = ticketListSchema.safeParse(await readJson(response));
    if (response.status !== 200 || !body.success) {
      throw new Error(
        `ticket list: upstream answered ${response.status}${body.success ? '' : ' with an unknown shape'}`,
      );
    }
    return body.data;
  }

  return { call, serviceKeys, listPage };
}
