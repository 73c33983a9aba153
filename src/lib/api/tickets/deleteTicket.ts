import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';
import { removeCachedTicket } from './ticketCache.ts';

export function deleteTicket(ticketId: number) {
  return apiRequest(apiPaths.ticket(ticketId), { method: 'DELETE' });
}

/**
 * Soft-deletes a ticket, runs `onDeleted` (typically: leave the ticket's page), then drops the ticket
 * from every cache so no list shows it while refetching. The order matters: a page still showing the
 * ticket when its query goes would refetch it, get a 404 and unmount before `onDeleted` could run.
 */
export function useDeleteTicket({ onDeleted }: { onDeleted?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation<void, Error, number>({
    mutationFn: deleteTicket,
    onSuccess: async (_data, ticketId) => {
      await onDeleted?.();
      removeCachedTicket(queryClient, ticketId);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
