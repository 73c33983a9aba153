import type { QueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../../lib/api/client.ts';
import { sessionKeys } from '../../lib/api/queryKeys.ts';
import { paths } from '../../lib/routing/paths.ts';
import { currentUrl } from './returnTo.ts';

type Navigator = { navigate: (to: string, options: { replace: boolean; state: LoginState }) => unknown };

/** Router state the login page reads to explain why the user is there. */
export type LoginState = {
  sessionExpired?: boolean;
  /** Signed out by the user: here or everywhere, and whether Apizee ended the token too. */
  signedOut?: { everywhere: boolean; upstreamRevoked: boolean };
};

/**
 * When upstream says the session is gone (any 401 from /api), forget the user and go to the login
 * page, remembering the exact URL to come back to.
 */
export function installUnauthorizedHandler(queryClient: QueryClient, router: Navigator): void {
  setUnauthorizedHandler(() => {
    queryClient.setQueryData(sessionKeys.current, null);
    if (window.location.pathname === paths.login.path) return;
    void router.navigate(paths.login.href(currentUrl(window.location)), {
      replace: true,
      state: { sessionExpired: true },
    });
  });
}
