import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../lib/routing/paths.ts';
import {
  listViewToSearch,
  parseListView,
  rememberListView,
  unsupportedFilters,
  type ExtensionFilter,
  type ListCapabilities,
  type ListView,
} from '../../lib/list-view/ticketListView.ts';

/** Navigation state of the rewritten URL: the filters dropped because upstream cannot answer them. */
type DroppedState = { unsupported?: ExtensionFilter[] };

/**
 * The list view held in the URL. Every change is a history entry (Back walks through views); a URL
 * with invalid or redundant parameters is rewritten in place to its canonical form. A filter that
 * upstream cannot answer (an [ext] it lacks) is dropped too, and named in `unsupported` so the page
 * can say so rather than show a list that only looks filtered.
 */
export function useListView(
  canSeeAllUsers: boolean,
  capabilities: ListCapabilities,
): [ListView, (next: ListView) => void, ExtensionFilter[]] {
  const location = useLocation();
  const navigate = useNavigate();
  const { stateFilter, userScopes, allServices } = capabilities;
  const [view, droppedNow] = useMemo(() => {
    const params = new URLSearchParams(location.search);
    const caps = { stateFilter, userScopes, allServices };
    const parsed = parseListView(params, { canSeeAllUsers, capabilities: caps });
    return [parsed, unsupportedFilters(parseListView(params, { canSeeAllUsers }), caps)] as const;
  }, [location.search, canSeeAllUsers, stateFilter, userScopes, allServices]);
  const canonical = listViewToSearch(view);
  const droppedBefore = (location.state as DroppedState | null)?.unsupported;

  useEffect(() => {
    rememberListView(canonical);
    if (location.search.replace(/^\?/, '') !== canonical) {
      const state: DroppedState | null = droppedNow.length > 0 ? { unsupported: droppedNow } : null;
      void navigate({ search: canonical, hash: location.hash }, { replace: true, state });
    }
  }, [canonical, location.search, location.hash, navigate, droppedNow]);

  const setView = useCallback(
    (next: ListView) => {
      const search = listViewToSearch(next);
      if (search !== canonical) void navigate(paths.tickets.href(search));
    },
    [canonical, navigate],
  );
  return [view, setView, droppedNow.length > 0 ? droppedNow : (droppedBefore ?? [])];
}
