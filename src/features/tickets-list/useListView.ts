import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../lib/routing/paths.ts';
import {
  listViewToSearch,
  parseListView,
  rememberListView,
  type ListView,
} from '../../lib/list-view/ticketListView.ts';

/**
 * The list view held in the URL. Every change is a history entry (Back walks through views); a URL
 * with invalid or redundant parameters is rewritten in place to its canonical form.
 */
export function useListView(canSeeAllUsers: boolean): [ListView, (next: ListView) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const view = useMemo(
    () => parseListView(new URLSearchParams(location.search), { canSeeAllUsers }),
    [location.search, canSeeAllUsers],
  );
  const canonical = listViewToSearch(view);

  useEffect(() => {
    rememberListView(canonical);
    if (location.search.replace(/^\?/, '') !== canonical) {
      void navigate({ search: canonical, hash: location.hash }, { replace: true });
    }
  }, [canonical, location.search, location.hash, navigate]);

  const setView = useCallback(
    (next: ListView) => {
      const search = listViewToSearch(next);
      if (search !== canonical) void navigate(paths.tickets.href(search));
    },
    [canonical, navigate],
  );
  return [view, setView];
}
