import type { EventName, TicketState } from '../../../contract/enums.ts';
import type { UpdateTicketParams } from '../../../contract/requests.ts';
import { canTransition } from '../../../contract/transitions.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import {
  findEnterpriseUser,
  findGroup,
  findUserById,
  isGroupMember,
  type GroupRow,
  type UserRow,
} from '../directory/repository.ts';
import { agentEventData } from '../events/events.ts';
import { appendEvent, hasEvent } from '../events/repository.ts';
import { ApiError } from '../http/errors.ts';
import {
  removeSearchRow,
  softDeleteTicketRow,
  updateTicketRow,
  type TicketChanges,
  type TicketRow,
} from './repository.ts';
import { sanitizeHtml } from './sanitize.ts';
import { reindexTicket } from './searchIndex.ts';

/** The event a state change appends. `new` cannot be entered; `rejected` has no event upstream. */
/**
 * The next `modified` of a ticket: now, but at least one second after the previous value, because
 * the API shows whole seconds and a client must see that the ticket changed.
 */
export function nextModified(previous: number, now: number): number {
  return Math.max(now, (Math.floor(previous / 1000) + 1) * 1000);
}

const STATE_EVENTS: Partial<Record<TicketState, EventName>> = {
  open: 'ticket.approved',
  invited: 'ticket.invitationSent',
  inprogress: 'ticket.sessionStarted',
  done: 'ticket.completed',
  closed: 'ticket.closed',
  declined: 'ticket.invitationDeclined',
  expired: 'ticket.invitationExpired',
  cancelled: 'ticket.cancelled',
};

function resolveGroup(
  db: Database,
  user: CurrentUser,
  param: UpdateTicketParams['group'],
): GroupRow | null | undefined {
  if (param === undefined) return undefined;
  if (param === '') return null;
  const group = findGroup(db, user.enterpriseId, param);
  if (!group) throw ApiError.invalidParam('group', 'no group of your enterprise has this id');
  return group;
}

function resolveAgent(
  db: Database,
  user: CurrentUser,
  param: string | undefined,
): UserRow | null | undefined {
  if (param === undefined) return undefined;
  if (param.trim() === '') return null;
  const agent = findEnterpriseUser(db, user.enterpriseId, param);
  if (!agent) throw ApiError.invalidParam('agent', 'no user of your enterprise has this id or username');
  return agent;
}

const ORPHAN = 'an agent may not leave a ticket with neither an agent nor a group';

/**
 * Only admins see a ticket with neither agent nor group, so an agent may not leave one so: a 400 on
 * the fields this update emptied.
 */
function refuseOrphan(agent: UserRow | null | undefined, group: GroupRow | null | undefined): never {
  const fields = [...(agent === null ? ['agent'] : []), ...(group === null ? ['group'] : [])];
  throw ApiError.badRequest(
    `Invalid parameters: ${fields.join(', ')}`,
    Object.fromEntries(fields.map((field) => [field, [ORPHAN]])),
  );
}

function sameState(ticket: TicketRow, state: TicketState | undefined): boolean {
  return state === undefined || state === ticket.state;
}

/**
 * Applies the sent fields. A closed ticket cannot change (409), nor can a state move that the
 * transition rules forbid. Agents may assign only to themselves (or unassign) and move a ticket only
 * into one of their groups, never leaving it with neither agent nor group. Appends the matching events; `modified` always moves forward.
 */
export function updateTicket(
  db: Database,
  user: CurrentUser,
  ticket: TicketRow,
  params: UpdateTicketParams,
  now: number,
): void {
  if (ticket.state === 'closed') throw ApiError.conflict('A closed ticket cannot be changed');
  if (!sameState(ticket, params.state) && !canTransition(ticket.state, params.state!)) {
    throw ApiError.conflict(`A ${ticket.state} ticket cannot become ${params.state}`);
  }
  const group = resolveGroup(db, user, params.group);
  const agent = resolveAgent(db, user, params.agent);
  if (user.role === 'agent') {
    if (agent && agent.id !== user.id)
      throw ApiError.forbidden('Agents may only assign a ticket to themselves');
    if (group && !user.groupIds.includes(group.id))
      throw ApiError.forbidden('Agents may only move a ticket into one of their groups');
  }
  const agentId = agent === undefined ? ticket.agent_id : (agent?.id ?? null);
  const groupId = group === undefined ? ticket.group_id : (group?.id ?? null);
  if (user.role === 'agent' && agentId === null && groupId === null) refuseOrphan(agent, group);
  if (
    (agent !== undefined || group !== undefined) &&
    agentId !== null &&
    groupId !== null &&
    !isGroupMember(db, groupId, agentId)
  ) {
    throw ApiError.invalidParam('agent', 'the agent is not a member of the ticket group');
  }

  const changes: TicketChanges = {};
  if (params.state !== undefined && params.state !== ticket.state) changes.state = params.state;
  if (agentId !== ticket.agent_id) changes.agent_id = agentId;
  if (groupId !== ticket.group_id) changes.group_id = groupId;
  if (params.subject !== undefined) changes.subject = params.subject;
  if (params.reference !== undefined) changes.reference = params.reference;
  if (params.description !== undefined) changes.description = sanitizeHtml(params.description);
  changes.modified = nextModified(ticket.modified, now);

  db.transaction(() => {
    updateTicketRow(db, ticket.id, changes);
    const actor = agentEventData(user);
    if ('agent_id' in changes || 'group_id' in changes) {
      appendEvent(db, ticket.id, 'ticket.assigned', 'agent', now, {
        agent: actor,
        assignee:
          agentId === null ? null : { id: agentId, username: (agent ?? findUserById(db, agentId))?.username },
        group:
          groupId === null
            ? null
            : { id: groupId, name: (group ?? findGroup(db, user.enterpriseId, groupId))?.name },
      });
    }
    const stateEvent = changes.state ? STATE_EVENTS[changes.state] : undefined;
    if (stateEvent) {
      const resent =
        stateEvent === 'ticket.invitationSent' && hasEvent(db, ticket.id, 'ticket.invitationSent');
      appendEvent(db, ticket.id, resent ? 'ticket.invitationResent' : stateEvent, 'agent', now, {
        agent: actor,
        state: changes.state,
        previous_state: ticket.state,
      });
    }
    if ('subject' in changes || 'reference' in changes || 'description' in changes)
      reindexTicket(db, ticket.id);
  })();
}

/** Moves a ticket to the trash (it leaves every list and the search index). */
export function deleteTicket(db: Database, ticket: TicketRow, now: number): void {
  db.transaction(() => {
    softDeleteTicketRow(db, ticket.id, now, nextModified(ticket.modified, now));
    removeSearchRow(db, ticket.id);
  })();
}
