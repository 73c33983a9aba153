import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../lib/api/auth/getSession.ts';
import { sessionEndReason } from '../../lib/api/auth/sessionEnd.ts';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { LoadingState } from '../../lib/feedback/LoadingState.tsx';
import { paths } from '../../lib/routing/paths.ts';
import { currentUrl } from './returnTo.ts';

/** Renders its child routes for a signed-in user; otherwise sends to the login page and back here after. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError)
    return (
      <ErrorState
        error={session.error}
        onRetry={() => void session.refetch()}
        retrying={session.isFetching}
      />
    );
  if (!session.data)
    return <Navigate to={paths.login.href(currentUrl(location))} replace state={sessionEndReason()} />;
  return <Outlet />;
}
