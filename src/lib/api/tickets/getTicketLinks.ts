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

/**
 * Join the call and Copy customer link, for the detail page and the list's row menu. The links are
 * fetched on the first click only (each upstream call costs the user's budget), then kept. A failed
 * fetch throws what the request threw.
 */
export function useCallLinks() {
  const queryClient = useQueryClient();
  const linksOf = useCallback(
    (ticketId: number) => queryClient.fetchQuery(getTicketLinksQueryOptions(ticketId)),
    [queryClient],
  );

  /** Opens the agent's room in a new tab; 'popupBlocked' when the browser refused the tab. */
  const join = useCallback(
    async (ticketId: number): Promise<'opened' | 'popupBlocked'> => {
      const cached = queryClient.getQueryData<TicketLinks>(ticketKeys.links(ticketId));
      if (cached) {
        window.open(cached.agent_url, '_blank', 'noopener');
        return 'opened';
      }
      // Opened now, inside the click, so the browser does not take it for an unasked pop-up.
      const tab = window.open('', '_blank');
      if (!tab) return 'popupBlocked';
      try {
        const links = await linksOf(ticketId);
        tab.opener = null;
        tab.location.href = links.agent_url;
        return 'opened';
      } catch (error) {
        tab.close();
        throw error;
      }
    },
    [queryClient, linksOf],
  );

  /** Puts the customer's join link on the clipboard; 'clipboardDenied' when the browser refused. */
  const copyGuestLink = useCallback(
    async (ticketId: number): Promise<'copied' | 'clipboardDenied'> => {
      const { guest_url: url } = await linksOf(ticketId);
      try {
        await navigator.clipboard.writeText(url);
        return 'copied';
      } catch {
        return 'clipboardDenied';
      }
    },
    [linksOf],
  );

  return { join, copyGuestLink };
}
