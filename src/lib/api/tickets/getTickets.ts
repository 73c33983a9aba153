import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ticketListSchema, type ListEnvelope, type Ticket } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { rateLimitedFor } from '../rateLimit.ts';
import { ticketKeys } from '../queryKeys.ts';

/** Upstream allows ~10 requests a minute per user: a list refreshes itself at most once a minute. */
export const TICKET_LIST_REFRESH_MS = 60_000;

export function getTickets(params: ListTicketsInput, signal?: AbortSignal): Promise<ListEnvelope<Ticket>> {
  return apiRequest(apiPaths.tickets, { query: params, schema: ticketListSchema, signal });
}

export function getTicketsQueryOptions(params: ListTicketsInput) {
  return queryOptions({
    queryKey: ticketKeys.list(params),
    queryFn: ({ signal }) => getTickets(params, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * A page of tickets that keeps the previous page on screen while the next loads and refreshes
 * gently: on window focus and every minute while the tab is visible, never while backing off.
 */
export function useTickets(params: ListTicketsInput) {
  return useQuery({
    ...getTicketsQueryOptions(params),
    refetchInterval: () => (rateLimitedFor() > 0 ? false : TICKET_LIST_REFRESH_MS),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: () => rateLimitedFor() === 0,
  });
}
