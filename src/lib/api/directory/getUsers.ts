import { queryOptions, useQuery } from '@tanstack/react-query';
import { directoryUserListSchema, type DirectoryUser, type ListEnvelope } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import type { z } from 'zod';
import type { directoryUsersParamsSchema } from '../../../contract/requests.ts';
import { apiRequest } from '../client.ts';
import { directoryKeys } from '../queryKeys.ts';

export type ListUsersInput = z.input<typeof directoryUsersParamsSchema>;

/** Directory data changes rarely; keep it for a few minutes to spare upstream's request budget. */
export const DIRECTORY_STALE_MS = 5 * 60_000;

export function getUsers(
  enterpriseId: number,
  params: ListUsersInput,
  signal?: AbortSignal,
): Promise<ListEnvelope<DirectoryUser>> {
  return apiRequest(apiPaths.enterpriseUsers(enterpriseId), {
    query: params,
    schema: directoryUserListSchema,
    signal,
  });
}

export function getUsersQueryOptions(enterpriseId: number, params: ListUsersInput = {}) {
  return queryOptions({
    queryKey: directoryKeys.users(enterpriseId, params),
    queryFn: ({ signal }) => getUsers(enterpriseId, params, signal),
    staleTime: DIRECTORY_STALE_MS,
  });
}

export function useUsers(
  enterpriseId: number,
  params: ListUsersInput = {},
  options: { enabled?: boolean } = {},
) {
  return useQuery({ ...getUsersQueryOptions(enterpriseId, params), enabled: options.enabled ?? true });
}

export function userFullName(user: { firstname: string; lastname: string; username: string }): string {
  return `${user.firstname} ${user.lastname}`.trim() || user.username;
}
