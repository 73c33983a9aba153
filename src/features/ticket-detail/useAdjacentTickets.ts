import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { isAdmin } from '../../lib/api/auth/roles.ts';
import { getTicketsQueryOptions } from '../../lib/api/tickets/getTickets.ts';
import { listCapabilities } from '../../lib/list-view/listCapabilities.ts';
import { paths, type TicketTab } from '../../lib/routing/paths.ts';
import {
  lastListView,
  listViewToParams,
  listViewToSearch,
  parseListView,
  rememberListView,
  type ListView,
} from '../../lib/list-view/ticketListView.ts';
import type { PagerLink } from './components/TicketPager.tsx';

export type AdjacentTickets = {
  position: number;
  total: number;
  previous: PagerLink | null;
  next: PagerLink | null;
};

function usePage(view: ListView, enabled: boolean) {
  return useQuery({ ...getTicketsQueryOptions(listViewToParams(view)), enabled });
}

/**
 * Previous and next ticket of the list view the person last looked at (read from the list's cache, or
 * fetched once). At a page's edge the neighbouring page is fetched, and following the link moves the
 * remembered view to that page, so "Back to the list" shows the ticket's page.
 */
export function useAdjacentTickets(ticketId: number, tab: TicketTab): AdjacentTickets | null {
  const search = lastListView();
  const user = useCurrentUser();
  // As the list parses it: never a filter upstream cannot answer, never user=all for a non-admin.
  const view = useMemo(
    () =>
      parseListView(new URLSearchParams(search), {
        canSeeAllUsers: isAdmin(user),
        capabilities: listCapabilities(user),
      }),
    [search, user],
  );
  const current = usePage(view, true);
  const tickets = current.data?.data ?? [];
  const index = tickets.findIndex((ticket) => ticket.id === ticketId);
  const atStart = index === 0 && view.page > 1;
  const atEnd = index >= 0 && index === tickets.length - 1 && current.data?.next_offset != null;

  const previousView = useMemo(() => ({ ...view, page: view.page - 1 }), [view]);
  const nextView = useMemo(() => ({ ...view, page: view.page + 1 }), [view]);
  const previousPage = usePage(previousView, atStart);
  const nextPage = usePage(nextView, atEnd);

  if (index < 0 || !current.data || current.isPlaceholderData) return null;

  const link = (id: number | undefined, pageView?: ListView): PagerLink | null =>
    id === undefined
      ? null
      : {
          href: paths.ticket.href(id, tab),
          onFollow: pageView ? () => rememberListView(listViewToSearch(pageView)) : undefined,
        };

  return {
    position: (view.page - 1) * view.limit + index + 1,
    total: current.data.total,
    previous: atStart ? link(previousPage.data?.data.at(-1)?.id, previousView) : link(tickets[index - 1]?.id),
    next: atEnd ? link(nextPage.data?.data[0]?.id, nextView) : link(tickets[index + 1]?.id),
  };
}
