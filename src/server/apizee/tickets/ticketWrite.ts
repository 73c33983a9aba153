import { findVisibleTicket } from '../auth/visibility.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { loadCurrentUser } from '../directory/users.ts';
import { ApiError } from '../http/errors.ts';
import type { TicketRow } from './repository.ts';

/**
 * Runs a write to ticket `ticketId` in one IMMEDIATE transaction that first reads the caller and the
 * ticket again. A handler checks the ticket before its body arrives, and the ticket, the caller's
 * role or groups can change while a slow body comes in: the write then answers what that check
 * would have answered now (404, 403, or the write's own 409 / 400) and changes nothing. IMMEDIATE
 * takes the write lock before the reads, so another connection cannot slip in between either.
 */
export function writeVisibleTicket<T>(
  db: Database,
  userId: number,
  ticketId: number,
  write: (user: CurrentUser, ticket: TicketRow) => T,
): T {
  return db
    .transaction(() => {
      const user = loadCurrentUser(db, userId);
      if (!user) throw ApiError.unauthorized('The access token is invalid, expired or revoked');
      return write(user, findVisibleTicket(db, user, ticketId));
    })
    .immediate();
}
