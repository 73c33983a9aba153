import { queryOptions, useQuery } from '@tanstack/react-query';
import { userSchema, type User } from '../../../contract/models.ts';
import { request } from '../client.ts';
import { isApiError } from '../errors.ts';
import { sessionKeys } from '../queryKeys.ts';

export const AUTH_PATHS = { login: '/auth/login', session: '/auth/session' } as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function getSession(signal?: AbortSignal): Promise<User | null> {
  try {
    return await request(AUTH_PATHS.session, { schema: userSchema, signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => getSession(signal),
    // The session changes only by signing in or out (both write this cache) or by expiring (a 401).
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** The signed-in user; only for components rendered behind `RequireAuth`. */
export function useCurrentUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser used outside an authenticated route');
  return data;
}
