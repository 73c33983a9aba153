import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketSchema, type Ticket } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { CreateTicketInput } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

export function createTicket(params: CreateTicketInput): Promise<Ticket> {
  return apiRequest(apiPaths.tickets, { method: 'POST', body: params, schema: ticketSchema });
}

/** Creates a ticket, seeds its detail cache with the answer and marks every list stale. */
export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation<Ticket, Error, CreateTicketInput>({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), ticket);
      return queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    },
  });
}
