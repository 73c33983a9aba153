import { queryOptions, useQuery } from '@tanstack/react-query';
import { groupListSchema, type GroupRef } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { directoryKeys } from '../queryKeys.ts';
import { DIRECTORY_STALE_MS } from './getUsers.ts';

export async function getGroups(enterpriseId: number, signal?: AbortSignal): Promise<GroupRef[]> {
  const { data } = await apiRequest(apiPaths.enterpriseGroups(enterpriseId), {
    schema: groupListSchema,
    signal,
  });
  return data;
}

export function getGroupsQueryOptions(enterpriseId: number) {
  return queryOptions({
    queryKey: directoryKeys.groups(enterpriseId),
    queryFn: ({ signal }) => getGroups(enterpriseId, signal),
    staleTime: DIRECTORY_STALE_MS,
  });
}

export function useGroups(enterpriseId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getGroupsQueryOptions(enterpriseId), enabled: options.enabled ?? true });
}
