/**
 * Which of a ticket's everyday actions can work, and why not: the same rules the embedded server
 * applies (invitations/invite.ts, invitations/pages.ts, tickets/update.ts), so the detail page and the
 * list's row menu never offer what the server would refuse.
 */
import { stateFamily, type InvitationChannel } from './enums.ts';
import { canTransition } from './transitions.ts';
import type { Ticket } from './models.ts';

type ActionTicket = Pick<Ticket, 'state' | 'requestor'>;

/** Why an invitation cannot be sent now. */
export type InvitationBlock = 'closed' | 'cancelled' | 'inprogress' | 'state' | 'noContact';

/** The channels the ticket has contacts for: SMS, e-mail, and both when it has both. */
export function invitationChannels(ticket: ActionTicket): InvitationChannel[] {
  const sms = (ticket.requestor?.phone.length ?? 0) > 0;
  const email = (ticket.requestor?.email.length ?? 0) > 0;
  if (sms && email) return ['both', 'sms', 'email'];
  if (sms) return ['sms'];
  if (email) return ['email'];
  return [];
}

export function invitationBlock(ticket: ActionTicket): InvitationBlock | null {
  if (ticket.state === 'closed') return 'closed';
  if (ticket.state === 'cancelled') return 'cancelled';
  if (ticket.state === 'inprogress') return 'inprogress';
  if (ticket.state !== 'invited' && !canTransition(ticket.state, 'invited')) return 'state';
  if (invitationChannels(ticket).length === 0) return 'noContact';
  return null;
}

/** A ticket already invited is re-invited: "Resend". */
export function isResend(ticket: ActionTicket): boolean {
  return ticket.state === 'invited';
}

/** The session pages answer only while the ticket is still being worked (new, open, invited, in progress). */
export function canJoinCall(ticket: ActionTicket): boolean {
  return stateFamily(ticket.state) === 'active';
}

/** A closed ticket cannot change (409): editing it could never be saved. */
export function canEdit(ticket: ActionTicket): boolean {
  return ticket.state !== 'closed';
}
