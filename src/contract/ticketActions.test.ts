import { describe, expect, it } from 'vitest';
import type { Ticket } from './models.ts';
import { canEdit, canJoinCall, invitationBlock, invitationChannels, isResend } from './ticketActions.ts';

const requestor = (phone: string[], email: string[]): Ticket['requestor'] => ({
  id: 1,
  name: 'Martin',
  firstname: null,
  company: null,
  gender: null,
  country: null,
  phone,
  email,
});
const ticket = (state: string, phone = ['+33612345678'], email: string[] = []) => ({
  state,
  requestor: requestor(phone, email),
});

describe('ticket actions', () => {
  it('offers only the channels the ticket has contacts for', () => {
    expect(invitationChannels(ticket('open'))).toEqual(['sms']);
    expect(invitationChannels(ticket('open', [], ['a@b.fr']))).toEqual(['email']);
    expect(invitationChannels(ticket('open', ['+33612345678'], ['a@b.fr']))).toEqual([
      'both',
      'sms',
      'email',
    ]);
    expect(invitationChannels({ state: 'open', requestor: null })).toEqual([]);
  });

  it('blocks the invitation where the server refuses it', () => {
    expect(invitationBlock(ticket('open'))).toBeNull();
    expect(invitationBlock(ticket('new'))).toBeNull();
    expect(invitationBlock(ticket('invited'))).toBeNull();
    expect(invitationBlock(ticket('closed'))).toBe('closed');
    expect(invitationBlock(ticket('cancelled'))).toBe('cancelled');
    expect(invitationBlock(ticket('inprogress'))).toBe('inprogress');
    expect(invitationBlock(ticket('done'))).toBe('state');
    expect(invitationBlock(ticket('open', [], []))).toBe('noContact');
    expect(isResend(ticket('invited'))).toBe(true);
    expect(isResend(ticket('open'))).toBe(false);
  });

  it('joins only active tickets and never edits a closed one', () => {
    expect(canJoinCall(ticket('invited'))).toBe(true);
    expect(canJoinCall(ticket('done'))).toBe(false);
    expect(canJoinCall(ticket('something-new'))).toBe(false);
    expect(canEdit(ticket('closed'))).toBe(false);
    expect(canEdit(ticket('cancelled'))).toBe(true);
  });
});
