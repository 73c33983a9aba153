import type { QueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../../lib/api/client.ts';
import { sessionKeys } from '../../lib/api/queryKeys.ts';
import { noteSessionEnd, type LoginState } from '../../lib/api/auth/sessionEnd.ts';
import { paths } from '../../lib/routing/paths.ts';
import { currentUrl } from './returnTo.ts';

type Navigator = { navigate: (to: string, options: { replace: boolean; state: LoginState }) => unknown };

export type { LoginState };

/**
 * When upstream says the session is gone (any 401 from /api), forget the user and go to the login
 * page, remembering the exact URL to come back to.
 */
export function installUnauthorizedHandler(queryClient: QueryClient, router: Navigator): void {
  setUnauthorizedHandler(() => {
    const onLoginPage = window.location.pathname === paths.login.path;
    const state: LoginState = { sessionExpired: true };
    // Noted before the session is cleared: the route guard's own redirect may land first.
    if (!onLoginPage) noteSessionEnd(state);
    queryClient.setQueryData(sessionKeys.current, null);
    if (!onLoginPage)
      void router.navigate(paths.login.href(currentUrl(window.location)), { replace: true, state });
  });
}
