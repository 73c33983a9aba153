import { queryOptions, useQuery } from '@tanstack/react-query';
import { gatewayPaths, type SavedViewCounts } from '../../../contract/savedViews.ts';
import { request, toSearchParams } from '../client.ts';
import { savedViewKeys } from '../queryKeys.ts';
import { savedViewCountsSchema } from './savedViewSchemas.ts';

/** The browser's zone: a view's picked days are local days (the gateway counts them in this zone). */
function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** How many tickets each saved view lists, from the gateway's store (no upstream call). */
export function getSavedViewCounts(signal?: AbortSignal): Promise<SavedViewCounts> {
  const search = toSearchParams({ tz: timeZone() }).toString();
  return request(`${gatewayPaths.viewCounts}?${search}`, { schema: savedViewCountsSchema, signal });
}

/**
 * Never polled: its key is under the ticket lists, so the live stream's list refresh (and every
 * write that refreshes the lists) refreshes the counts.
 */
export function getSavedViewCountsQueryOptions() {
  return queryOptions({
    queryKey: savedViewKeys.counts(),
    queryFn: ({ signal }) => getSavedViewCounts(signal),
    refetchOnWindowFocus: false,
  });
}

export function useSavedViewCounts(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getSavedViewCountsQueryOptions(), enabled: options.enabled ?? true });
}
