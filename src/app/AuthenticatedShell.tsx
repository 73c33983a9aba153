import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../api/auth/get-session.ts';
import { useLogout } from '../api/auth/logout.ts';
import { canSupervise } from '../api/auth/roles.ts';
import { AppLayout } from '../components/layout/AppLayout.tsx';
import { RateLimitNotice } from './RateLimitNotice.tsx';
import { paths } from './paths.ts';
import { lastListView } from './ticketListView.ts';

/** The shell around every signed-in page, wired to the session. */
export function AuthenticatedShell() {
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  // Re-read on every navigation so "Tickets" leads back to the list view left last.
  useLocation();

  // Signed out locally whatever the gateway answers: the login page says nothing more is needed.
  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate(paths.login(), { replace: true }) });

  return (
    <AppLayout
      user={user}
      ticketsHref={paths.tickets(lastListView())}
      showSupervision={canSupervise(user)}
      onSignOut={signOut}
      banner={<RateLimitNotice />}
    >
      <Outlet />
    </AppLayout>
  );
}
