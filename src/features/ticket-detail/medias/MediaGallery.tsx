import '@mantine/core/styles/Button.css';
import { Button, Center } from '@mantine/core';
import type { Media } from '../../../contract/models.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { MediaCard } from './MediaCard.tsx';
import classes from './Medias.module.css';

type MediaGalleryProps = {
  medias: readonly Media[];
  total: number;
  hrefFor: (media: Media) => string;
  selected: ReadonlySet<number>;
  onToggle: (mediaId: number) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Whether upstream makes thumbnails ([ext] `thumbnails`): the placeholder tiles say so if not. */
  thumbnails: boolean;
};

/** The thumbnail grid with "load more" at its end. */
export function MediaGallery(props: MediaGalleryProps) {
  const { medias, total, hrefFor, selected, onToggle, hasMore, loadingMore, onLoadMore, thumbnails } = props;
  const { t } = useI18n();
  const noPreview = thumbnails ? t('media.noPreview') : t('media.noPreview.server');
  return (
    <>
      <ul className={classes.grid} aria-label={t('media.count', { count: total })}>
        {medias.map((media) => (
          <MediaCard
            key={media.id}
            media={media}
            href={hrefFor(media)}
            selected={selected.has(media.id)}
            onToggle={onToggle}
            noPreview={noPreview}
          />
        ))}
      </ul>
      {hasMore && (
        <Center mt="md">
          <Button variant="default" loading={loadingMore} onClick={onLoadMore}>
            {t('media.loadMore', { shown: medias.length, total })}
          </Button>
        </Center>
      )}
    </>
  );
}
