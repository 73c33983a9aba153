import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SIGN_OUT_PATHS, signOutResultSchema, type SignOutResult } from '../../../contract/signOut.ts';
import { request } from '../client.ts';
import { forgetSession } from './logout.ts';
import { noteSigningOut } from './signingOut.ts';

/**
 * Ends every session of the user (every browser, every gateway replica) and this one's token at
 * Apizee; the others' browsers go to the sign-in page at their next request or when their stream ends.
 */
export function signOutEverywhere(): Promise<SignOutResult> {
  return request(SIGN_OUT_PATHS.everywhere, { method: 'POST', schema: signOutResultSchema });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onMutate: () => noteSigningOut(true),
    onError: () => noteSigningOut(false),
    // Unlike a sign-out here, a failure leaves every session as it was: this one stays signed in.
    onSuccess: () => forgetSession(queryClient),
  });
}
