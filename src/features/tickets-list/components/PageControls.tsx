import { Group, NativeSelect, Pagination } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { PAGE_SIZES, type PageSize } from '../../../lib/list-view/ticketListView.ts';

export type PageControlsProps = {
  page: number;
  pages: number;
  limit: PageSize;
  onPage: (page: number) => void;
  onLimit: (limit: PageSize) => void;
};

/** The page size and the numbered pages (Mantine's Pagination, loaded after the rows). */
export function PageControls({ page, pages, limit, onPage, onLimit }: PageControlsProps) {
  const { t } = useI18n();
  const controlLabels = {
    first: t('list.pagination.first'),
    previous: t('list.pagination.previous'),
    next: t('list.pagination.next'),
    last: t('list.pagination.last'),
  };
  return (
    <Group gap="md" wrap="wrap">
      <NativeSelect
        size="xs"
        label={t('list.pageSize')}
        value={String(limit)}
        onChange={(event) => onLimit(Number(event.currentTarget.value) as PageSize)}
        data={PAGE_SIZES.map(String)}
        styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { fontWeight: 400 } }}
      />
      <nav aria-label={t('list.pagination.label')}>
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          size="sm"
          withEdges
          siblings={1}
          getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
          getItemProps={(item) => ({
            'aria-label': t('list.pagination.page', { page: item }),
            'aria-current': item === page ? 'page' : undefined,
          })}
        />
      </nav>
    </Group>
  );
}
