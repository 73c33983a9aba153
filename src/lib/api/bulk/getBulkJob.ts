import { queryOptions, useQuery } from '@tanstack/react-query';
import { bulkJobSchema, bulkPaths } from '../../../contract/bulk.ts';
import { request } from '../client.ts';
import { bulkKeys } from '../queryKeys.ts';

export function getBulkJob(id: string, signal?: AbortSignal) {
  return request(bulkPaths.job(id), { schema: bulkJobSchema, signal });
}

/**
 * A bulk job as the gateway holds it (no upstream call). Its progress arrives on the live stream
 * (liveCache patches this query); it is read again when it ends, for the per-ticket results, and
 * every few seconds while it runs (often while the live stream is down, seldom while it is up).
 */
export function getBulkJobQueryOptions(id: string) {
  return queryOptions({
    queryKey: bulkKeys.job(id),
    queryFn: ({ signal }) => getBulkJob(id, signal),
    staleTime: Infinity,
  });
}

export function useBulkJob(id: string | null, pollMs: number | false) {
  return useQuery({
    ...getBulkJobQueryOptions(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? pollMs : false),
  });
}
