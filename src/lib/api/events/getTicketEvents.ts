import { queryOptions, useQuery } from '@tanstack/react-query';
import { eventListSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

export function getTicketEvents(ticketId: number, signal?: AbortSignal) {
  return apiRequest(apiPaths.ticketEvents(ticketId), { schema: eventListSchema, signal });
}

export function getTicketEventsQueryOptions(ticketId: number) {
  return queryOptions({
    queryKey: ticketKeys.events(ticketId),
    queryFn: ({ signal }) => getTicketEvents(ticketId, signal),
  });
}

/** The ticket's timeline, in time order (as the API returns it). */
export function useTicketEvents(ticketId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getTicketEventsQueryOptions(ticketId), enabled: options.enabled ?? true });
}
