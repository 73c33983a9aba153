import { queryOptions, useQuery } from '@tanstack/react-query';
import { serviceListSchema, type Service } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { directoryKeys } from '../queryKeys.ts';
import { DIRECTORY_STALE_MS } from './getUsers.ts';

export async function getServices(enterpriseId: number, signal?: AbortSignal): Promise<Service[]> {
  const { data } = await apiRequest(apiPaths.enterpriseServices(enterpriseId), {
    schema: serviceListSchema,
    signal,
  });
  return data;
}

export function getServicesQueryOptions(enterpriseId: number) {
  return queryOptions({
    queryKey: directoryKeys.services(enterpriseId),
    queryFn: ({ signal }) => getServices(enterpriseId, signal),
    staleTime: DIRECTORY_STALE_MS,
  });
}

export function useServices(enterpriseId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getServicesQueryOptions(enterpriseId), enabled: options.enabled ?? true });
}
