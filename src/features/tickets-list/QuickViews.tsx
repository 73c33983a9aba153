import { useMemo } from 'react';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { QUICK_VIEW_IDS, quickViews } from './quickViews.ts';
import { listViewToSearch, type ListView } from '../../lib/list-view/ticketListView.ts';
import { QuickViewLinks } from './components/QuickViewLinks.tsx';

/** The quick views as of now (today's date, "upcoming" from this minute), in the current page size. */
export function QuickViews({ view }: { view: ListView }) {
  const { t } = useI18n();
  const current = listViewToSearch({ ...view, page: 1 });
  const links = useMemo(() => {
    const views = quickViews(new Date(), view.limit);
    return QUICK_VIEW_IDS.map((id) => {
      const search = listViewToSearch(views[id]);
      return {
        id,
        label: t(`list.quick.${id}`),
        href: paths.tickets.href(search),
        active: search === current,
      };
    });
  }, [t, view.limit, current]);
  return <QuickViewLinks links={links} />;
}
