/** `POST /tickets/{id}/invitation`: send the invitation of a ticket not yet in a session, or resend it. */
import type { InvitationParams } from '../../../contract/requests.ts';
import type { TicketState } from '../../../contract/enums.ts';
import { canTransition } from '../../../contract/transitions.ts';
import type { CurrentUser } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findContact } from '../directory/repository.ts';
import { agentEventData } from '../events/events.ts';
import { appendEvent, hasEvent } from '../events/repository.ts';
import { ApiError } from '../http/errors.ts';
import { updateTicketRow, type TicketRow } from '../tickets/repository.ts';
import { nextModified } from '../tickets/update.ts';

export type SentChannel = 'sms' | 'email';

/** States an invitation cannot be sent from: archived, withdrawn, or the session is under way. */
const NO_INVITATION: Partial<Record<TicketState, string>> = {
  closed: 'A closed ticket cannot be changed',
  cancelled: 'The ticket was cancelled: its invitation cannot be sent',
  inprogress: 'The session is under way: the invitation cannot be sent again',
};

function stringList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.map(String).filter(Boolean) : [];
  } catch {
    return [];
  }
}

/** The channels to use: those asked for, each needing a contact of that kind; by default every one the ticket has. */
function channelsFor(db: Database, ticket: TicketRow, asked: InvitationParams['channel']): SentChannel[] {
  const contact = ticket.requestor_id !== null ? findContact(db, ticket.requestor_id) : undefined;
  const available: SentChannel[] = [
    ...(stringList(contact?.phones).length > 0 ? (['sms'] as const) : []),
    ...(stringList(contact?.emails).length > 0 ? (['email'] as const) : []),
  ];
  if (asked === undefined) {
    if (available.length === 0)
      throw ApiError.invalidParam('channel', 'the ticket has no phone number nor e-mail address to invite');
    return available;
  }
  const wanted: SentChannel[] = asked === 'both' ? ['sms', 'email'] : [asked];
  const missing = wanted.filter((channel) => !available.includes(channel));
  if (missing.length > 0) {
    const what = missing
      .map((channel) => (channel === 'sms' ? 'phone number' : 'e-mail address'))
      .join(' nor ');
    throw ApiError.invalidParam('channel', `the ticket has no ${what} to send the invitation to`);
  }
  return wanted;
}

/**
 * Sends (or resends) the invitation: the state becomes `invited`, `modified` moves forward, and
 * `ticket.invitationSent` (first time) or `ticket.invitationResent` is appended with the channels used.
 */
export function sendInvitation(
  db: Database,
  user: CurrentUser,
  ticket: TicketRow,
  params: InvitationParams,
  now: number,
): { channels: SentChannel[]; resent: boolean } {
  const refusal = NO_INVITATION[ticket.state];
  if (refusal) throw ApiError.conflict(refusal);
  if (ticket.state !== 'invited' && !canTransition(ticket.state, 'invited')) {
    throw ApiError.conflict(`A ${ticket.state} ticket cannot be invited`);
  }
  const channels = channelsFor(db, ticket, params.channel);
  return db.transaction(() => {
    const resent = hasEvent(db, ticket.id, 'ticket.invitationSent');
    updateTicketRow(db, ticket.id, { state: 'invited', modified: nextModified(ticket.modified, now) });
    appendEvent(db, ticket.id, resent ? 'ticket.invitationResent' : 'ticket.invitationSent', 'agent', now, {
      agent: agentEventData(user),
      channels,
      state: 'invited',
      previous_state: ticket.state,
    });
    return { channels, resent };
  })();
}
