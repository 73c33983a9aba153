import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../client.ts';
import { sessionKeys } from '../queryKeys.ts';
import { AUTH_PATHS } from './getSession.ts';

export function logout(): Promise<void> {
  return request(AUTH_PATHS.logout, { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the gateway could not be reached: the cookie dies with its Max-Age.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.current, null);
    },
  });
}
