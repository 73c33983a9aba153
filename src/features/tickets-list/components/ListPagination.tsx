import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { PAGE_SIZES, type PageSize } from '../../../lib/list-view/ticketListView.ts';

type ListPaginationProps = {
  page: number;
  limit: PageSize;
  total: number;
  onPage: (page: number) => void;
  onLimit: (limit: PageSize) => void;
};

/** Numbered pages, the range shown out of the total, and the page size. */
export function ListPagination({ page, limit, total, onPage, onLimit }: ListPaginationProps) {
  const { t, formatNumber } = useI18n();
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = total === 0 ? 0 : (page - 1) * limit + 1;
  const to = Math.min(total, page * limit);
  const controlLabels = {
    first: t('list.pagination.first'),
    previous: t('list.pagination.previous'),
    next: t('list.pagination.next'),
    last: t('list.pagination.last'),
  };
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('list.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
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
    </Group>
  );
}
