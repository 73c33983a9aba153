import { queryOptions, useQuery } from '@tanstack/react-query';
import { ticketSchema, type Ticket } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

export function getTicket(id: number, signal?: AbortSignal): Promise<Ticket> {
  return apiRequest(apiPaths.ticket(id), { schema: ticketSchema, signal });
}

export function getTicketQueryOptions(id: number) {
  return queryOptions({
    queryKey: ticketKeys.detail(id),
    queryFn: ({ signal }) => getTicket(id, signal),
  });
}

export function useTicket(id: number) {
  return useQuery(getTicketQueryOptions(id));
}
