import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSupervisionView, supervisionViewToSearch, type SupervisionView } from './supervisionView.ts';

/** The page's view, read from and written to the URL (a new history entry per change, like the list). */
export function useSupervisionView(): [SupervisionView, (view: SupervisionView) => void] {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => parseSupervisionView(search), [search]);
  const setView = useCallback(
    (next: SupervisionView) => setSearch(new URLSearchParams(supervisionViewToSearch(next))),
    [setSearch],
  );
  return [view, setView];
}
