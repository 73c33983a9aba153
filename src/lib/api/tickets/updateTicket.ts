import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ticket } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { UpdateTicketInput } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';
import {
  patchCachedTicket,
  restoreTicketCaches,
  snapshotTicketCaches,
  type TicketCacheSnapshot,
} from './ticketCache.ts';

export type UpdateTicketVariables = {
  ticketId: number;
  changes: UpdateTicketInput;
  /**
   * What the ticket looks like after the change, shown at once. Agent and group changes send an id but
   * show a name, so the caller (who picked them from a list) provides it; plain fields are derived.
   */
  optimistic?: Partial<Ticket>;
};

export function updateTicket(ticketId: number, changes: UpdateTicketInput) {
  return apiRequest(apiPaths.ticket(ticketId), { method: 'PUT', body: changes });
}

function derivedPatch(changes: UpdateTicketInput): Partial<Ticket> {
  const patch: Partial<Ticket> = {};
  if (changes.state !== undefined) patch.state = changes.state as Ticket['state'];
  if (changes.subject !== undefined) patch.subject = String(changes.subject);
  if (changes.reference !== undefined) patch.reference = String(changes.reference);
  if (changes.description !== undefined) patch.description = String(changes.description);
  if (changes.agent === '') patch.agent = null;
  if (changes.group === '') patch.group = null;
  return patch;
}

/**
 * Updates a ticket optimistically in the detail and every cached list page; on failure the caches are
 * rolled back (the caller shows why); afterwards lists, the detail and its timeline are refetched.
 */
export function useUpdateTicket() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, UpdateTicketVariables, TicketCacheSnapshot>({
    mutationFn: ({ ticketId, changes }) => updateTicket(ticketId, changes),
    onMutate: async ({ ticketId, changes, optimistic }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: ticketKeys.detail(ticketId), exact: true }),
        queryClient.cancelQueries({ queryKey: ticketKeys.lists() }),
      ]);
      const snapshot = snapshotTicketCaches(queryClient, ticketId);
      patchCachedTicket(queryClient, ticketId, { ...derivedPatch(changes), ...optimistic });
      return snapshot;
    },
    onError: (_error, { ticketId }, snapshot) => {
      if (snapshot) restoreTicketCaches(queryClient, ticketId, snapshot);
    },
    onSettled: (_data, _error, { ticketId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ticketKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId), exact: true }),
        queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticketId) }),
      ]),
  });
}
