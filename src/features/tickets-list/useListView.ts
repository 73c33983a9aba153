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

/**
 * Navigation state: the filters dropped because upstream cannot answer them (a rewritten URL), and
 * whether the person chose this view (a bare `/tickets` they chose is "my tickets", not the landing).
 */
type ListNavigationState = { unsupported?: ExtensionFilter[]; chosen?: boolean };

/**
 * The list view held in the URL. Every change is a history entry (Back walks through views) unless
 * it corrects the view in place (`replace`: a page past the end becomes the last); a URL
 * with invalid or redundant parameters is rewritten in place to its canonical form. A filter that
 * upstream cannot answer (an [ext] it lacks) is dropped too, and named in `unsupported` so the page
 * can say so rather than show a list that only looks filtered.
 */
export function useListView(
  canSeeAllUsers: boolean,
  capabilities: ListCapabilities,
  /** Where a bare `/tickets` (a sign-in, the brand link, a first visit) opens: the role's own view. */
  landing: ListView,
): [ListView, (next: ListView, options?: { replace?: boolean }) => void, ExtensionFilter[]] {
  const location = useLocation();
  const navigate = useNavigate();
  const { stateFilter, startedBeforeFilter, userScopes, allServices } = capabilities;
  const [view, droppedNow] = useMemo(() => {
    const params = new URLSearchParams(location.search);
    const caps = { stateFilter, startedBeforeFilter, userScopes, allServices };
    const parsed = parseListView(params, { canSeeAllUsers, capabilities: caps });
    return [parsed, unsupportedFilters(parseListView(params, { canSeeAllUsers }), caps)] as const;
  }, [location.search, canSeeAllUsers, stateFilter, startedBeforeFilter, userScopes, allServices]);
  const navigationState = location.state as ListNavigationState | null;
  const droppedBefore = navigationState?.unsupported;
  const landingSearch = listViewToSearch(landing);
  const arriving =
    location.search.replace(/^\?/, '') === '' && !navigationState?.chosen && landingSearch !== '';
  // Arriving, the landing view is the view at once: no request is spent on a list about to be replaced.
  const shown = arriving ? landing : view;
  const canonical = listViewToSearch(shown);

  useEffect(() => {
    if (arriving) {
      void navigate(
        { search: landingSearch, hash: location.hash },
        { replace: true, state: { chosen: true } },
      );
      return;
    }
    rememberListView(canonical);
    if (location.search.replace(/^\?/, '') !== canonical) {
      const state: ListNavigationState = {
        chosen: true,
        ...(droppedNow.length > 0 ? { unsupported: droppedNow } : {}),
      };
      void navigate({ search: canonical, hash: location.hash }, { replace: true, state });
    }
  }, [arriving, landingSearch, canonical, location.search, location.hash, navigate, droppedNow]);

  const setView = useCallback(
    (next: ListView, { replace = false }: { replace?: boolean } = {}) => {
      const search = listViewToSearch(next);
      const state: ListNavigationState = { chosen: true };
      if (search !== canonical) void navigate(paths.tickets.href(search), { state, replace });
    },
    [canonical, navigate],
  );
  return [shown, setView, droppedNow.length > 0 ? droppedNow : (droppedBefore ?? [])];
}
