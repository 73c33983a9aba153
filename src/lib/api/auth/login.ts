import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userSchema, type User } from '../../../contract/models.ts';
import { request } from '../client.ts';
import { sessionKeys } from '../queryKeys.ts';
import { AUTH_PATHS } from './getSession.ts';
import { noteSessionEnd } from './sessionEnd.ts';
import { noteSigningOut } from './signingOut.ts';

export type Credentials = { username: string; password: string };

export function login(credentials: Credentials): Promise<User> {
  return request(AUTH_PATHS.login, { method: 'POST', body: credentials, schema: userSchema });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      noteSigningOut(false);
      noteSessionEnd(undefined);
      // Whatever was cached belonged to the previous session (maybe another user).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.current[0] });
      queryClient.setQueryData(sessionKeys.current, user);
    },
  });
}
