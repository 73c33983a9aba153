import { queryOptions, useQuery } from '@tanstack/react-query';
import { gatewayPaths, type SavedView } from '../../../contract/savedViews.ts';
import { request } from '../client.ts';
import { savedViewKeys } from '../queryKeys.ts';
import { savedViewListSchema } from './savedViewSchemas.ts';

/** The signed-in user's saved views, in the order of the navigation (from the gateway's store: no upstream call). */
export async function getSavedViews(signal?: AbortSignal): Promise<SavedView[]> {
  const list = await request(gatewayPaths.views, { schema: savedViewListSchema, signal });
  return list.data;
}

export function getSavedViewsQueryOptions() {
  return queryOptions({
    queryKey: savedViewKeys.list(),
    queryFn: ({ signal }) => getSavedViews(signal),
    // They change only by this user's own writes, which update this cache.
    staleTime: 5 * 60_000,
  });
}

export function useSavedViews(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getSavedViewsQueryOptions(), enabled: options.enabled ?? true });
}
