import type { Context } from 'hono';
import type { ApizeeEnv, CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../http/errors.ts';
import { pathId } from '../http/params.ts';
import { findTicketRow, type TicketRow } from '../tickets/repository.ts';

/**
 * Who sees a ticket: an agent sees tickets assigned to them and unassigned tickets of their groups;
 * a supervisor also every ticket of their groups; an admin every ticket of the enterprise.
 * `visibleTicketsSql` (repository.ts) is the same rule in SQL.
 */
export function canSeeTicket(
  user: CurrentUser,
  ticket: Pick<TicketRow, 'enterprise_id' | 'agent_id' | 'group_id'>,
): boolean {
  if (ticket.enterprise_id !== user.enterpriseId) return false;
  if (user.role === 'admin' || ticket.agent_id === user.id) return true;
  const inMyGroup = ticket.group_id !== null && user.groupIds.includes(ticket.group_id);
  if (user.role === 'supervisor') return inMyGroup;
  return inMyGroup && ticket.agent_id === null;
}

/** The ticket `id` as `user` may see it: 404 when missing, deleted or of another enterprise; 403 when not visible. */
export function findVisibleTicket(db: Database, user: CurrentUser, id: number): TicketRow {
  const ticket = findTicketRow(db, id);
  if (!ticket || ticket.deleted_at !== null || ticket.enterprise_id !== user.enterpriseId) {
    throw ApiError.notFound('Ticket not found');
  }
  if (!canSeeTicket(user, ticket)) throw ApiError.forbidden('You may not see this ticket');
  return ticket;
}

/** The ticket named by the path parameter `param` (default `id`), as `findVisibleTicket`. */
export function loadVisibleTicket(c: Context<ApizeeEnv>, id: number = pathId(c)): TicketRow {
  return findVisibleTicket(c.get('deps').db, c.get('user'), id);
}
