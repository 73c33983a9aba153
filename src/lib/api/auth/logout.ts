import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SIGN_OUT_PATHS, signOutResultSchema, type SignOutResult } from '../../../contract/signOut.ts';
import { request } from '../client.ts';
import { sessionKeys } from '../queryKeys.ts';
import { noteSigningOut } from './signingOut.ts';

/** Ends this session at the gateway; the answer says whether Apizee ended its token too. */
export function logout(): Promise<SignOutResult> {
  return request(SIGN_OUT_PATHS.here, { method: 'POST', schema: signOutResultSchema });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onMutate: () => noteSigningOut(true),
    // Signed out locally even when the gateway could not be reached: the cookie dies with its Max-Age.
    onSettled: () => forgetSession(queryClient),
  });
}

/** Nothing cached of the signed-out user stays for the next one. */
export function forgetSession(queryClient: ReturnType<typeof useQueryClient>): void {
  queryClient.clear();
  queryClient.setQueryData(sessionKeys.current, null);
}
