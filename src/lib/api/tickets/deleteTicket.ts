import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';
import { removeCachedTicket } from './ticketCache.ts';

export function deleteTicket(ticketId: number) {
  return apiRequest(apiPaths.ticket(ticketId), { method: 'DELETE' });
}

/** Soft-deletes a ticket, then drops it from every cache so no list shows it while refetching. */
export function useDeleteTicket() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, number>({
    mutationFn: deleteTicket,
    onSuccess: (_data, ticketId) => {
      removeCachedTicket(queryClient, ticketId);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
