import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { quickViewIds, quickViews, type ListRole } from './quickViews.ts';
import {
  listViewToSearch,
  unsupportedFilters,
  type ListCapabilities,
  type ListView,
} from '../../lib/list-view/ticketListView.ts';
import { QuickViewLinks } from './components/QuickViewLinks.tsx';
import { UNSUPPORTED_REASON } from './unsupportedReasons.ts';

/**
 * The role's quick views as of now (today's date, "upcoming" from this minute), in the current page size. A
 * view that needs a filter upstream cannot answer is shown disabled with the reason, never sent
 * without that filter (which would be a different list under the same name).
 */
export function QuickViews({
  view,
  capabilities,
  role = 'agent',
}: {
  view: ListView;
  capabilities: ListCapabilities;
  role?: ListRole;
}) {
  const { t } = useI18n();
  const current = listViewToSearch({ ...view, page: 1 });
  const links = useMemo(() => {
    const views = quickViews(new Date(), view.limit, role);
    return quickViewIds(role).map((id) => {
      const search = listViewToSearch(views[id]);
      const missing = unsupportedFilters(views[id], capabilities);
      return {
        id,
        label: t(`list.quick.${id}`),
        href: paths.tickets.href(search),
        active: search === current,
        unavailable:
          missing.length > 0 ? missing.map((field) => t(UNSUPPORTED_REASON[field])).join(' ') : null,
      };
    });
  }, [t, view.limit, current, capabilities, role]);
  return <QuickViewLinks links={links} />;
}
