import { Group, Text } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { lastPage, pageRange } from '../../../lib/list-view/ticketListView.ts';
import { preloadWhenIdle } from '../../../lib/preloadWhenIdle.ts';
import type { PageControlsProps } from './PageControls.tsx';

// The pager sits below the rows: its code (Mantine's Pagination) loads once the browser is idle after
// first paint, and the range text shows at once.
const loadPageControls = () => import('./PageControls.tsx');
const PageControls = lazy(() => loadPageControls().then((module) => ({ default: module.PageControls })));

type ListPaginationProps = Omit<PageControlsProps, 'pages'> & { total: number };

/** Numbered pages, the range shown out of the total, and the page size. */
export function ListPagination({ page, limit, total, onPage, onLimit }: ListPaginationProps) {
  const { t, formatNumber } = useI18n();
  useEffect(() => preloadWhenIdle(loadPageControls), []);
  const pages = lastPage(total, limit);
  // A page past the end is on its way to the last one (the page replaces the URL): say what it shows.
  const { from, to } = pageRange(page, limit, total);
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" mih={32}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('list.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      <Suspense fallback={null}>
        <PageControls
          page={Math.min(page, pages)}
          pages={pages}
          limit={limit}
          onPage={onPage}
          onLimit={onLimit}
        />
      </Suspense>
    </Group>
  );
}
