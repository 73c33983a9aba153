import { Group, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHasExtension } from '../../lib/api/auth/extensions.ts';
import { useTicketMedias } from '../../lib/api/medias/getTicketMedias.ts';
import { defaultZipFilename, mediasZipUrl } from '../../lib/api/medias/mediaDownloads.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { EmptyState } from '../../lib/feedback/EmptyState.tsx';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { DownloadAllButton } from './medias/DownloadAllButton.tsx';
import { MediaFiltersBar } from './medias/MediaFiltersBar.tsx';
import { MediaGallery } from './medias/MediaGallery.tsx';
import { MediaGallerySkeleton } from './medias/MediaGallerySkeleton.tsx';
import {
  activeFilterCount,
  mediaFiltersToParams,
  mediaFiltersToSearch,
  parseMediaFilters,
  type MediaFilters,
} from './medias/mediaFilters.ts';
import { SelectionBar, selectionDownload } from './medias/SelectionBar.tsx';
import type { Media } from '../../contract/models.ts';
import { MediaLightboxRoute } from './MediaLightboxRoute.tsx';

/** The medias tab: filters in the query string, the gallery, selection and zip downloads, the lightbox. */
export function MediasTab({ ticketId, mediaId }: { ticketId: number; mediaId: number | null }) {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseMediaFilters(searchParams), [searchParams]);
  const params = useMemo(() => mediaFiltersToParams(filters), [filters]);
  const query = useTicketMedias(ticketId, params);
  const medias = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const thumbnails = useHasExtension('thumbnails');
  const zipIds = useHasExtension('zipIds');

  const search = searchParams.toString();
  const hrefFor = useCallback(
    (media: Media) => `${paths.ticketMedia.href(ticketId, media.id)}${search ? `?${search}` : ''}`,
    [ticketId, search],
  );
  const toggle = useCallback((id: number) => {
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const changeFilters = (next: MediaFilters) => setSearchParams(mediaFiltersToSearch(next));

  let content;
  if (query.isPending) content = <MediaGallerySkeleton />;
  else if (query.isError)
    content = (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  else if (medias.length === 0)
    content = (
      <EmptyState title={activeFilterCount(filters) > 0 ? t('media.emptyFiltered') : t('media.empty')} />
    );
  else
    content = (
      <MediaGallery
        medias={medias}
        total={total}
        hrefFor={hrefFor}
        selected={selected}
        onToggle={toggle}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        thumbnails={thumbnails}
      />
    );

  return (
    <Stack gap="md">
      <MediaFiltersBar filters={filters} onChange={changeFilters} />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {query.isSuccess ? t('media.count', { count: total }) : ''}
        </Text>
        <DownloadAllButton
          disabled={query.isSuccess && total === 0}
          defaultFilename={defaultZipFilename(ticketId)}
          zipUrlFor={(filename) => mediasZipUrl(ticketId, { filename, filters: params })}
        />
      </Group>
      {selected.size > 0 && (
        <SelectionBar
          count={selected.size}
          download={selectionDownload([...selected], {
            zipIds,
            zipUrl: (ids) => mediasZipUrl(ticketId, { ids, filename: defaultZipFilename(ticketId) }),
            fileUrl: (id) => medias.find((media) => media.id === id)?.url ?? null,
          })}
          onClear={() => setSelected(new Set())}
        />
      )}
      {content}
      {mediaId !== null && (
        <MediaLightboxRoute
          ticketId={ticketId}
          mediaId={mediaId}
          medias={medias}
          total={total}
          listSettled={!query.isPending}
          hrefFor={hrefFor}
          galleryHref={`${paths.ticket.href(ticketId, 'medias')}${search ? `?${search}` : ''}`}
          loadMore={query.hasNextPage ? () => query.fetchNextPage() : undefined}
        />
      )}
    </Stack>
  );
}
