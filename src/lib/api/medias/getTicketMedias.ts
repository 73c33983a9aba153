import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { mediaListSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { ListMediasInput } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

export const MEDIA_PAGE_SIZE = 48;

export function getTicketMedias(ticketId: number, params: ListMediasInput, signal?: AbortSignal) {
  return apiRequest(apiPaths.ticketMedias(ticketId), { query: params, schema: mediaListSchema, signal });
}

/** Pages of `MEDIA_PAGE_SIZE` medias, fetched one after the other ("load more"). */
export function getTicketMediasQueryOptions(
  ticketId: number,
  filters: Omit<ListMediasInput, 'offset' | 'limit'>,
) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.medias(ticketId, filters),
    queryFn: ({ pageParam, signal }) =>
      getTicketMedias(ticketId, { ...filters, offset: pageParam, limit: MEDIA_PAGE_SIZE }, signal),
    initialPageParam: 0,
    getNextPageParam: (lastPage) => lastPage.next_offset ?? undefined,
  });
}

export function useTicketMedias(ticketId: number, filters: Omit<ListMediasInput, 'offset' | 'limit'>) {
  return useInfiniteQuery({
    ...getTicketMediasQueryOptions(ticketId, filters),
    placeholderData: keepPreviousData,
  });
}
