/**
 * Edits of the cached ticket detail and ticket list pages, shared by the update and delete mutations
 * so an optimistic change shows everywhere at once.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ListEnvelope, Ticket } from '../../../contract/models.ts';
import { ticketKeys } from '../queryKeys.ts';

type TicketList = ListEnvelope<Ticket>;

function isTicketList(value: unknown): value is TicketList {
  return typeof value === 'object' && value !== null && Array.isArray((value as TicketList).data);
}

export type TicketCacheSnapshot = {
  detail: Ticket | undefined;
  lists: [readonly unknown[], unknown][];
};

export function snapshotTicketCaches(queryClient: QueryClient, ticketId: number): TicketCacheSnapshot {
  return {
    detail: queryClient.getQueryData<Ticket>(ticketKeys.detail(ticketId)),
    lists: queryClient.getQueriesData({ queryKey: ticketKeys.lists() }),
  };
}

export function restoreTicketCaches(
  queryClient: QueryClient,
  ticketId: number,
  snapshot: TicketCacheSnapshot,
) {
  queryClient.setQueryData(ticketKeys.detail(ticketId), snapshot.detail);
  for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data);
}

export function patchCachedTicket(queryClient: QueryClient, ticketId: number, patch: Partial<Ticket>) {
  queryClient.setQueryData<Ticket>(ticketKeys.detail(ticketId), (ticket) =>
    ticket ? { ...ticket, ...patch } : ticket,
  );
  queryClient.setQueriesData({ queryKey: ticketKeys.lists() }, (list: unknown) => {
    if (!isTicketList(list) || !list.data.some((ticket) => ticket.id === ticketId)) return list;
    return {
      ...list,
      data: list.data.map((ticket) => (ticket.id === ticketId ? { ...ticket, ...patch } : ticket)),
    };
  });
}

export function removeCachedTicket(queryClient: QueryClient, ticketId: number) {
  queryClient.removeQueries({ queryKey: ticketKeys.detail(ticketId) });
  queryClient.setQueriesData({ queryKey: ticketKeys.lists() }, (list: unknown) => {
    if (!isTicketList(list) || !list.data.some((ticket) => ticket.id === ticketId)) return list;
    return {
      ...list,
      data: list.data.filter((ticket) => ticket.id !== ticketId),
      total: Math.max(0, list.total - 1),
    };
  });
}
