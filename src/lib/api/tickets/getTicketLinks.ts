import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ticketSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { ContractError } from '../errors.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

export type TicketLinks = { agent_url: string; guest_url: string };

/** The ticket asked with `scope=sso`, for its `links` (the agent's room and the customer's page). */
export async function getTicketLinks(ticketId: number, signal?: AbortSignal): Promise<TicketLinks> {
  const path = apiPaths.ticket(ticketId);
  const ticket = await apiRequest(path, { query: { scope: 'sso' }, schema: ticketSchema, signal });
  if (!ticket.links) throw new ContractError(path, 'links: missing (scope=sso)');
  return ticket.links;
}

export function getTicketLinksQueryOptions(ticketId: number) {
  return queryOptions({
    queryKey: ticketKeys.links(ticketId),
    queryFn: ({ signal }) => getTicketLinks(ticketId, signal),
    // A ticket's links do not change: one call, when someone first needs them.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Fetches the links on demand (a click), once per ticket; each upstream call costs the user's budget. */
export function useFetchTicketLinks(): (ticketId: number) => Promise<TicketLinks> {
  const queryClient = useQueryClient();
  return useCallback(
    (ticketId) => queryClient.fetchQuery(getTicketLinksQueryOptions(ticketId)),
    [queryClient],
  );
}

/** The links when already fetched (then Join can open its tab synchronously, as browsers prefer). */
export function useCachedTicketLinks(): (ticketId: number) => TicketLinks | undefined {
  const queryClient = useQueryClient();
  return useCallback(
    (ticketId) => queryClient.getQueryData<TicketLinks>(ticketKeys.links(ticketId)),
    [queryClient],
  );
}
