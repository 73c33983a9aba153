import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { paths } from '../../lib/routing/paths.ts';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation through the router's blocker
 * (the page shows the question), closing or reloading the tab through `beforeunload`. Going to the
 * login page after an expired session is let through: the draft is kept in storage for the return.
 */
export function useLeaveGuard(hasUnsavedChanges: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges &&
      !allowed.current &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== paths.login.path,
  );

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      // Older browsers still need returnValue set to show the dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedChanges]);

  /** Lets the next navigation through (after a successful save). */
  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);

  return { blocker, allowLeaving };
}
