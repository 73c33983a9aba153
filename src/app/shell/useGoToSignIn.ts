import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { noteSessionEnd, type LoginState } from '../../lib/api/auth/sessionEnd.ts';
import { paths } from '../../lib/routing/paths.ts';

/** After a sign-out: to the sign-in page, which says what was ended (here, everywhere, at Apizee). */
export function useGoToSignIn(): (signedOut?: LoginState['signedOut']) => void {
  const navigate = useNavigate();
  return useCallback(
    (signedOut) => {
      const state: LoginState = signedOut ? { signedOut } : {};
      noteSessionEnd(state);
      void navigate(paths.login.href(), { replace: true, state });
    },
    [navigate],
  );
}
