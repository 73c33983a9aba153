import { useLocation, useNavigate } from 'react-router';
import { useMedia } from '../../lib/api/medias/getMedia.ts';
import type { InfiniteData } from '@tanstack/react-query';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { MediaLightbox } from './medias/MediaLightbox.tsx';
import type { ListEnvelope, Media } from '../../contract/models.ts';

type MediaLightboxRouteProps = {
  ticketId: number;
  mediaId: number;
  /** The gallery's loaded medias, through which ← → move. */
  medias: readonly Media[];
  total: number;
  listSettled: boolean;
  hrefFor: (media: Media) => string;
  galleryHref: string;
  loadMore?: () => Promise<{ data?: InfiniteData<ListEnvelope<Media>> }>;
};

/** Location state set by the gallery's links: closing then goes back rather than forward. */
type FromGallery = { fromGallery?: boolean } | null;

/**
 * The lightbox of `/tickets/:id/medias/:mediaId`. Moving replaces the URL (Back leaves the viewer
 * rather than replaying every photo); a deep link to a media outside the loaded pages loads it alone.
 */
export function MediaLightboxRoute(props: MediaLightboxRouteProps) {
  const { ticketId, mediaId, medias, total, listSettled, hrefFor, galleryHref, loadMore } = props;
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const index = medias.findIndex((media) => media.id === mediaId);
  const single = useMedia(listSettled && index < 0 ? mediaId : null);
  const standalone = single.data?.ticket_id === ticketId ? single.data : null;
  const media = index >= 0 ? (medias[index] ?? null) : standalone;
  const notFound = single.isError || (single.data !== undefined && standalone === null);

  const go = (target: Media) => void navigate(hrefFor(target), { replace: true, state: location.state });
  const previous = index > 0 ? medias[index - 1] : undefined;
  const next = index >= 0 ? medias[index + 1] : undefined;
  const canLoadMore = index >= 0 && index === medias.length - 1 && loadMore;

  const close = () => {
    if ((location.state as FromGallery)?.fromGallery) void navigate(-1);
    else void navigate(galleryHref, { replace: true });
  };

  return (
    <MediaLightbox
      opened
      media={media}
      errorMessage={notFound ? t('media.lightbox.notFound') : undefined}
      position={index >= 0 ? index + 1 : null}
      total={total}
      onPrevious={previous ? () => go(previous) : undefined}
      onNext={
        next
          ? () => go(next)
          : canLoadMore
            ? () =>
                void loadMore().then(({ data }) => {
                  const loaded = data?.pages.flatMap((page) => page.data) ?? [];
                  const following = loaded[index + 1];
                  if (following) go(following);
                })
            : undefined
      }
      onClose={close}
    />
  );
}
