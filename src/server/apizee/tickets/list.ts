import { LIST_LIMIT_DEFAULT } from '../../../contract/params.ts';
import { ALL_SERVICES, type ListTicketsParams } from '../../../contract/requests.ts';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../http/errors.ts';
import { listPage } from '../http/page.ts';
import { defaultService, findGroup, findServiceByKey, isEnterpriseUser } from '../directory/repository.ts';
import { presentTickets, wantsLinks, type TicketLinker } from './present.ts';
import {
  countTickets,
  listTicketIds,
  type TicketOrder,
  type TicketOwner,
  type TicketQuery,
} from './listQuery.ts';
import { ftsQuery } from './searchIndex.ts';

/** Which tickets `user` asks for, always within what the caller may see. */
function ticketOwner(db: Database, me: CurrentUser, param: ListTicketsParams['user']): TicketOwner {
  // My own tickets are all visible and of my enterprise: no further condition, so the agent indexes serve.
  if (param === undefined || param === me.id) return { kind: 'mine' };
  if (param === 'all') {
    if (me.role !== 'admin') throw ApiError.forbidden('Only an admin may list the tickets of every user');
    return { kind: 'visible' };
  }
  if (param === 'visible') return { kind: 'visible' };
  if (param === 'unassigned') return { kind: 'unassigned' };
  if (!isEnterpriseUser(db, me.enterpriseId, param))
    throw ApiError.invalidParam('user', 'no user of your enterprise has this id');
  return { kind: 'agent', agentId: param };
}

function serviceId(db: Database, me: CurrentUser, param: ListTicketsParams['service']): number | undefined {
  if (param === ALL_SERVICES) return undefined;
  if (param === undefined) return defaultService(db, me.enterpriseId)?.id;
  const service = findServiceByKey(db, me.enterpriseId, param);
  if (!service) throw ApiError.invalidParam('service', 'no service of your enterprise has this key');
  return service.id;
}

/** The query of a ticket list, or null when it can match nothing (a search without words). */
export function ticketQuery(db: Database, me: CurrentUser, params: ListTicketsParams): TicketQuery | null {
  const owner = ticketOwner(db, me, params.user);
  const query: TicketQuery = {
    user: me,
    owner,
    serviceId: serviceId(db, me, params.service),
    groupId: params.group,
    since: params.since,
    until: params.until,
    startedAfter: params.started_after,
    startedBefore: params.started_before,
    endedBefore: params.ended_before,
    reference: params.reference,
    type: params.type,
    requestorId: params.requestor,
    states: params.state,
  };
  if (params.group !== undefined && !findGroup(db, me.enterpriseId, params.group))
    throw ApiError.invalidParam('group', 'no group of your enterprise has this id');
  if (params.search !== undefined) {
    const match = ftsQuery(params.search);
    if (match === null) return null;
    query.match = match;
  }
  return query;
}

/** The sort of a list: the contract's column and direction, by start time, newest first by default. */
export function ticketOrder(params: ListTicketsParams): TicketOrder {
  return { column: params.orderby ?? 'start_time', direction: params.order === 'asc' ? 'ASC' : 'DESC' };
}

/** `links` builds the session links that `scope=sso` asks for. */
export function listTickets(
  db: Database,
  me: CurrentUser,
  params: ListTicketsParams,
  links?: TicketLinker,
): ListEnvelope<Ticket> {
  const offset = params.offset ?? 0;
  const limit = params.limit ?? LIST_LIMIT_DEFAULT;
  const query = ticketQuery(db, me, params);
  if (!query) return { data: [], total: 0, next_offset: null };

  // Column and direction come from the contract's enums.
  const ids = listTicketIds(db, query, ticketOrder(params), { limit, offset });
  // A short page (not an empty page past the end) already tells the total: no second scan.
  const total =
    ids.length < limit && (ids.length > 0 || offset === 0) ? offset + ids.length : countTickets(db, query);
  return listPage(
    presentTickets(db, ids, { links: wantsLinks(params.scope) ? links : undefined }),
    total,
    offset,
  );
}
