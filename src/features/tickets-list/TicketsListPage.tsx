import '@mantine/core/styles/Pagination.css';
import '@mantine/core/styles/SimpleGrid.css';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { hasExtension } from '../../lib/api/auth/extensions.ts';
import { isAdmin, mainRole } from '../../lib/api/auth/roles.ts';
import { listCapabilities } from '../../lib/list-view/listCapabilities.ts';
import { rateLimitedFor, useRateLimited } from '../../lib/api/rateLimit.ts';
import { getTicketQueryOptions } from '../../lib/api/tickets/getTicket.ts';
import { getTicketsQueryOptions, useTickets } from '../../lib/api/tickets/getTickets.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import {
  clampPage,
  listViewToParams,
  listViewToSearch,
  withFilters,
  withoutFilter,
  withoutFilters,
  type TicketOrderBy,
} from '../../lib/list-view/ticketListView.ts';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { LastUpdated } from './components/LastUpdated.tsx';
import { ListPagination } from './components/ListPagination.tsx';
import { TicketFilters, type FilterPatch } from './components/TicketFilters.tsx';
import { DeferredTicketCards } from './components/DeferredTicketCards.tsx';
import { TicketTable } from './components/TicketTable.tsx';
import { DisplayOptions } from './columns/DisplayOptions.tsx';
import { useListPreferences } from './columns/useListPreferences.ts';
import type { Ticket } from '../../contract/models.ts';
import { filterChips } from './filterChips.ts';
import { ListEmptyState } from './ListEmptyState.tsx';
import { QuickViews } from './QuickViews.tsx';
import { landingView } from './quickViews.ts';
import { useFilterOptions } from './useFilterOptions.ts';
import { UnsupportedFiltersNotice } from './UnsupportedFiltersNotice.tsx';
import { UNSUPPORTED_REASON } from './unsupportedReasons.ts';
import { useListView } from './useListView.ts';
import { ListViewActions } from './views/ListViewActions.tsx';
import { DeferredListKeyboard } from './keyboard/DeferredListKeyboard.tsx';
import { DeferredBulkBar } from './bulk/DeferredBulkBar.tsx';
import { PageCheckbox, SelectionAnnouncer, TicketCheckbox } from './selection/SelectionCheckboxes.tsx';
import { useSelectionScope } from './selection/useSelectionScope.ts';

/** Under Mantine's sm breakpoint (768 px): cards and a filters drawer instead of the table. */
const PHONE_QUERY = '(max-width: 47.99em)';

export default function TicketsListPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const rateLimited = useRateLimited();
  const capabilities = useMemo(() => listCapabilities(user), [user]);
  const role = mainRole(user);
  const landing = useMemo(() => landingView(role, capabilities), [role, capabilities]);
  const [view, setView, unsupported] = useListView(isAdmin(user), capabilities, landing);
  const params = useMemo(() => listViewToParams(view), [view]);
  const tickets = useTickets(params);
  const phone = useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
  const [{ density, columns }] = useListPreferences();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const options = useFilterOptions(user, view, tickets.data?.data, filtersOpen, {
    ...capabilities,
    contacts: hasExtension(user, 'contacts'),
  });
  // "Everything I can see" needs user=visible [ext]; an admin sees as much with the documented user=all.
  // The search and the other filters stay: only whose tickets widens.
  const widened = (user: 'visible' | 'all') =>
    paths.tickets.href(listViewToSearch({ ...view, user, page: 1 }));
  const showMore =
    view.user === 'visible' || view.user === 'all'
      ? null
      : capabilities.userScopes
        ? { href: widened('visible') }
        : isAdmin(user)
          ? { href: widened('all'), label: t('list.empty.showAll') }
          : { unavailable: t(UNSUPPORTED_REASON.user) };
  const chips = filterChips(view, options.labels, i18n);

  const changeFilters = useCallback(
    (patch: FilterPatch) => setView(withFilters(view, patch)),
    [setView, view],
  );
  const sortBy = (orderby: TicketOrderBy) =>
    setView({
      ...view,
      orderby,
      order: view.orderby === orderby && view.order === 'desc' ? 'asc' : 'desc',
      page: 1,
    });

  // The next page is one click away: fetch it while the user reads this one (not while backing off).
  const nextOffset = tickets.data?.next_offset;
  useEffect(() => {
    if (nextOffset == null || tickets.isPlaceholderData || rateLimitedFor() > 0) return;
    void queryClient.prefetchQuery(
      getTicketsQueryOptions(listViewToParams({ ...view, page: view.page + 1 })),
    );
  }, [nextOffset, tickets.isPlaceholderData, queryClient, view]);

  // The row already holds the ticket: seed its detail so opening it is instant, fetching only if stale.
  const listUpdatedAt = tickets.dataUpdatedAt;
  const prefetchTicket = useCallback(
    (ticket: Ticket) => {
      if (rateLimitedFor() > 0) return;
      void queryClient.prefetchQuery({
        ...getTicketQueryOptions(ticket.id),
        initialData: ticket,
        initialDataUpdatedAt: listUpdatedAt,
      });
    },
    [queryClient, listUpdatedAt],
  );

  const rows = tickets.data?.data ?? null;
  const total = tickets.data?.total ?? 0;
  // A page past the end (a link, rows deleted meanwhile) becomes the last page, in place.
  const settled = tickets.data !== undefined && !tickets.isPlaceholderData;
  const shownPage = settled ? clampPage(view.page, view.limit, total) : view.page;
  useEffect(() => {
    if (shownPage !== view.page) setView({ ...view, page: shownPage }, { replace: true });
  }, [shownPage, view, setView]);
  const showEmpty =
    rows !== null && rows.length === 0 && !tickets.isPlaceholderData && shownPage === view.page;
  const skeletonRows = Math.min(view.limit, 10);
  const visibleIds = useSelectionScope(rows, params);
  const selectCell = (ticket: Ticket) => <TicketCheckbox ticketId={ticket.id} />;

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Title order={1} size="h3">
            {t('list.title')}
          </Title>
          {tickets.data && (
            <Text size="sm" c="dimmed">
              {t('list.total', { count: total })}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <ListViewActions view={view} params={params} />
          <LastUpdated
            updatedAt={tickets.dataUpdatedAt}
            fetching={tickets.isFetching}
            onRefresh={() => void tickets.refetch()}
            refreshDisabled={rateLimited}
          />
        </Group>
      </Group>
      <QuickViews view={view} capabilities={capabilities} role={role} />
      {unsupported.length > 0 && <UnsupportedFiltersNotice filters={unsupported} />}
      <TicketFilters
        view={view}
        onChange={changeFilters}
        chips={chips}
        onRemove={(field) => setView(withoutFilter(view, field))}
        onReset={() => setView(withoutFilters(view))}
        pickers={{
          userOptions: options.userOptions,
          groupOptions: options.groupOptions,
          serviceOptions: options.serviceOptions,
          requestorOptions: options.requestorOptions,
          onRequestorSearch: options.onRequestorSearch,
          requestorHint: options.requestorHint,
          statesUnavailable: capabilities.stateFilter ? undefined : t(UNSUPPORTED_REASON.states),
        }}
        phone={phone}
        expanded={filtersOpen}
        onExpandedChange={setFiltersOpen}
        end={phone ? undefined : <DisplayOptions />}
      />
      <DeferredBulkBar rows={rows ?? []} total={total} params={params} />
      {tickets.isError && (
        <ErrorState
          error={tickets.error}
          onRetry={() => void tickets.refetch()}
          retrying={tickets.isFetching}
        />
      )}
      {showEmpty ? (
        <Paper withBorder radius="md">
          <ListEmptyState
            chips={chips}
            beyondEnd={total > 0}
            onReset={() => setView(withoutFilters(view))}
            onFirstPage={() => setView({ ...view, page: 1 })}
            showMore={showMore}
          />
        </Paper>
      ) : (
        !(tickets.isError && !rows) &&
        (phone ? (
          <DeferredTicketCards
            tickets={rows}
            skeletonCards={skeletonRows}
            leading={selectCell}
            onCardIntent={prefetchTicket}
            stale={tickets.isPlaceholderData || shownPage !== view.page}
          />
        ) : (
          <Paper withBorder radius="md">
            <TicketTable
              tickets={rows}
              columns={columns}
              density={density}
              leading={{ header: <PageCheckbox visibleIds={visibleIds} />, cell: selectCell }}
              skeletonRows={skeletonRows}
              orderby={view.orderby}
              order={view.order}
              onSort={sortBy}
              onRowIntent={prefetchTicket}
              stale={tickets.isPlaceholderData || shownPage !== view.page}
            />
          </Paper>
        ))
      )}
      {rows !== null && total > 0 && (
        <ListPagination
          page={view.page}
          limit={view.limit}
          total={total}
          onPage={(page) => setView({ ...view, page })}
          onLimit={(limit) => setView({ ...view, limit, page: 1 })}
        />
      )}
      <DeferredListKeyboard tickets={rows} />
      <SelectionAnnouncer total={total} />
    </Stack>
  );
}
