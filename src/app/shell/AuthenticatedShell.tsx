import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { useLogout } from '../../lib/api/auth/logout.ts';
import { canSupervise } from '../../lib/api/auth/roles.ts';
import { AppLayout } from './AppLayout.tsx';
import { RateLimitNotice } from './RateLimitNotice.tsx';
import { lastListView } from '../../lib/list-view/ticketListView.ts';
import { paths } from '../../lib/routing/paths.ts';
import { useGoToSignIn } from './useGoToSignIn.ts';

/** The shell around every signed-in page, wired to the session. */
export function AuthenticatedShell() {
  const user = useCurrentUser();
  const logout = useLogout();
  const goToSignIn = useGoToSignIn();
  // Re-read on every navigation so "Tickets" leads back to the list view left last.
  useLocation();

  // Signed out locally whatever the gateway answers; the login page says when Apizee kept the token.
  const signOut = () =>
    logout.mutate(undefined, {
      onSuccess: ({ upstreamRevoked }) => goToSignIn({ everywhere: false, upstreamRevoked }),
      onError: () => goToSignIn(),
    });

  return (
    <AppLayout
      user={user}
      ticketsHref={paths.tickets.href(lastListView())}
      showSupervision={canSupervise(user)}
      onSignOut={signOut}
      banner={<RateLimitNotice />}
    >
      <Outlet />
    </AppLayout>
  );
}
