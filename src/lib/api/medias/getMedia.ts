import { queryOptions, useQuery } from '@tanstack/react-query';
import { mediaSchema } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { mediaKeys } from '../queryKeys.ts';

export function getMedia(mediaId: number, signal?: AbortSignal) {
  return apiRequest(apiPaths.media(mediaId), { schema: mediaSchema, signal });
}

export function getMediaQueryOptions(mediaId: number) {
  return queryOptions({
    queryKey: mediaKeys.detail(mediaId),
    queryFn: ({ signal }) => getMedia(mediaId, signal),
  });
}

/** One media alone: for a deep link to a media that the loaded gallery pages do not hold. */
export function useMedia(mediaId: number | null) {
  return useQuery({ ...getMediaQueryOptions(mediaId ?? 0), enabled: mediaId !== null });
}
