import type { CreateTicketParams } from '../../../contract/requests.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findOrCreateContact } from '../directory/contacts.ts';
import {
  defaultService,
  findEnterpriseUser,
  findGroup,
  findServiceByKey,
  isGroupMember,
} from '../directory/repository.ts';
import { agentEventData } from '../events/events.ts';
import { appendEvent } from '../events/repository.ts';
import { ApiError } from '../http/errors.ts';
import { insertTicket } from './repository.ts';
import { sanitizeHtml } from './sanitize.ts';
import { reindexTicket } from './searchIndex.ts';

export const DEFAULT_DURATION_MINUTES = 30;

interface Assignment {
  agentId: number | null;
  groupId: number | null;
  serviceId: number | null;
}

/** Resolves service, group and agent against the enterprise: a 400 names each one that does not fit. */
function resolveAssignment(db: Database, user: CurrentUser, params: CreateTicketParams): Assignment {
  const errors: Record<string, string[]> = {};
  let serviceId: number | null = null;
  if (params.service !== undefined) {
    const service = findServiceByKey(db, user.enterpriseId, params.service);
    if (service) serviceId = service.id;
    else errors.service = ['no service of your enterprise has this key'];
  } else {
    serviceId = defaultService(db, user.enterpriseId)?.id ?? null;
  }

  const group = params.group !== undefined ? findGroup(db, user.enterpriseId, params.group) : undefined;
  if (params.group !== undefined && !group) errors.group = ['no group of your enterprise has this id'];

  let agentId: number | null = null;
  if (params.agent !== undefined) {
    const agent = findEnterpriseUser(db, user.enterpriseId, params.agent);
    if (!agent) errors.agent = ['no user of your enterprise has this id or username'];
    else if (group && !isGroupMember(db, group.id, agent.id))
      errors.agent = [`${agent.username} is not a member of ${group.name}`];
    else agentId = agent.id;
  }
  if (Object.keys(errors).length > 0) {
    throw ApiError.badRequest(`Invalid parameters: ${Object.keys(errors).join(', ')}`, errors);
  }
  return { agentId, groupId: group?.id ?? null, serviceId };
}

/**
 * Agents create tickets for themselves, or unassigned in one of their groups (a 403 otherwise); with
 * neither agent nor group the ticket is theirs. Supervisors and admins assign freely.
 */
function applyAgentRules(user: CurrentUser, assignment: Assignment): Assignment {
  if (user.role !== 'agent') return assignment;
  if (assignment.agentId !== null && assignment.agentId !== user.id) {
    throw ApiError.forbidden('Agents may only assign a ticket to themselves');
  }
  if (assignment.agentId === null) {
    if (assignment.groupId === null) return { ...assignment, agentId: user.id };
    if (!user.groupIds.includes(assignment.groupId)) {
      throw ApiError.forbidden('Agents may only leave a ticket unassigned in one of their own groups');
    }
  }
  return assignment;
}

/** Creates the ticket, its requestor contact, its first events and its search row. Returns its id. */
export function createTicket(
  db: Database,
  user: CurrentUser,
  params: CreateTicketParams,
  now: number,
): number {
  const assignment = applyAgentRules(user, resolveAssignment(db, user, params));
  const type = params.type ?? 'assistance';
  // Recipient details do not apply to multi-participant sessions: upstream ignores them.
  const single = type === 'assistance';
  const startTime = params.start_time ?? now;
  const duration = params.duration ?? DEFAULT_DURATION_MINUTES;
  const state = params.invite ? 'invited' : 'new';
  const options = {
    agent_template: params.agent_template,
    requestor_template: params.requestor_template,
    invite_organizer: type === 'assistance_multi' ? (params.invite_organizer ?? true) : undefined,
    scope: params.scope,
  };

  return db.transaction(() => {
    const requestorId = findOrCreateContact(
      db,
      user.enterpriseId,
      {
        name: single ? params.name : undefined,
        firstname: single ? params.firstname : undefined,
        company: single ? params.company : undefined,
        gender: single ? params.gender : undefined,
        country: single ? params.country : undefined,
        emails: params.email ?? [],
        phones: params.phone ?? [],
      },
      now,
    );
    const ticketId = insertTicket(db, {
      enterprise_id: user.enterpriseId,
      state,
      type,
      subject: params.subject ?? '',
      reference: params.reference ?? '',
      description: sanitizeHtml(params.description ?? ''),
      language: params.language ?? 'en',
      service_id: assignment.serviceId,
      agent_id: assignment.agentId,
      group_id: assignment.groupId,
      requestor_id: requestorId,
      start_time: startTime,
      end_time: startTime + duration * 60_000,
      duration,
      reminder: params.reminder ?? null,
      options: JSON.stringify(options),
      created: now,
      modified: now,
    });
    const agent = agentEventData(user);
    appendEvent(db, ticketId, 'ticket.new', 'agent', now, { agent });
    if (params.invite) {
      const channels = [...(params.phone?.length ? ['sms'] : []), ...(params.email?.length ? ['email'] : [])];
      appendEvent(db, ticketId, 'ticket.invitationSent', 'agent', now, { agent, channels });
    }
    reindexTicket(db, ticketId);
    return ticketId;
  })();
}
