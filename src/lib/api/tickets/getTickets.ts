import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ticketListSchema, type ListEnvelope, type Ticket } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { useLiveConnected } from '../live/liveStatus.ts';
import { rateLimitedFor, useRateLimited } from '../rateLimit.ts';
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
 * A page of tickets that keeps the previous page on screen while the next loads. While the live
 * stream is up it keeps the page current (lib/api/live) and nothing polls; when it is down the page
 * refreshes gently: on window focus and every minute while the tab is visible, never while backing off.
 */
export function useTickets(params: ListTicketsInput) {
  // Read here, not in refetchInterval's callback: a change must re-render to restart or stop the timer.
  const live = useLiveConnected();
  const rateLimited = useRateLimited();
  return useQuery({
    ...getTicketsQueryOptions(params),
    refetchInterval: live || rateLimited ? false : TICKET_LIST_REFRESH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: () => !live && rateLimitedFor() === 0,
  });
}
