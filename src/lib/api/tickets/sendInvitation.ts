import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationChannel } from '../../../contract/enums.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';
import { patchCachedTicket } from './ticketCache.ts';

export type SendInvitationVariables = { ticketId: number; channel: InvitationChannel };

export function sendInvitation({ ticketId, channel }: SendInvitationVariables) {
  return apiRequest(apiPaths.ticketInvitation(ticketId), { method: 'POST', body: { channel } });
}

/**
 * Sends or resends the invitation. Once sent the ticket is `invited` everywhere at once, and its
 * timeline and detail are refetched so the new event shows without waiting.
 */
export function useSendInvitation() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, SendInvitationVariables>({
    mutationFn: sendInvitation,
    onSuccess: (_data, { ticketId }) => {
      patchCachedTicket(queryClient, ticketId, { state: 'invited' });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticketId) }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId), exact: true }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
      ]);
    },
  });
}
