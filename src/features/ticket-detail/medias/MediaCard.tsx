import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Checkbox.css';
import { Badge, Checkbox, Text } from '@mantine/core';
import { memo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Media } from '../../../contract/models.ts';
import { formatClock, MEDIA_STATUS_COLOR, MEDIA_TYPE_ICON } from './mediaLabels.ts';
import classes from './Medias.module.css';

type MediaCardProps = {
  media: Media;
  /** Where the card leads: the media's own URL, which opens the lightbox. */
  href: string;
  selected: boolean;
  onToggle: (mediaId: number) => void;
  /** The placeholder's words for a media without a thumbnail (upstream may have none at all). */
  noPreview: string;
};

/**
 * One thumbnail of the gallery: never the full file, only `thumbnail_url`, loaded lazily; without one
 * (a document, or an upstream without thumbnails) a placeholder tile: a download as a thumbnail would
 * spend one of the user's 10 calls a minute per tile.
 */
export const MediaCard = memo(function MediaCard({
  media,
  href,
  selected,
  onToggle,
  noPreview,
}: MediaCardProps) {
  const { t, formatBytes } = useI18n();
  const title = media.title || t('media.untitled');
  const TypeIcon = MEDIA_TYPE_ICON[media.media_type];

  return (
    <li className={classes.card} data-selected={selected || undefined} data-media-id={media.id}>
      <Link
        to={href}
        state={{ fromGallery: true }}
        className={classes.thumbLink}
        aria-label={t('media.open', { title })}
      >
        {media.thumbnail_url ? (
          <img
            className={classes.thumb}
            src={media.thumbnail_url}
            alt=""
            loading="lazy"
            decoding="async"
            width={320}
            height={240}
          />
        ) : (
          <span className={classes.thumbPlaceholder}>
            <TypeIcon size={40} aria-hidden />
            <span>{noPreview}</span>
          </span>
        )}
        <span className={classes.overlayTop}>
          {media.status !== 'completed' && (
            <Badge size="sm" color={MEDIA_STATUS_COLOR[media.status]} variant="filled" tt="none">
              {t(`media.status.${media.status}`)}
            </Badge>
          )}
        </span>
        {media.duration !== null && (
          <span className={classes.overlayBottom}>
            <TypeIcon size={14} aria-hidden /> {formatClock(media.duration)}
          </span>
        )}
      </Link>
      <div className={classes.cardFooter}>
        <Checkbox
          size="xs"
          checked={selected}
          onChange={() => onToggle(media.id)}
          aria-label={t('media.select', { title })}
        />
        <div className={classes.cardText}>
          <Text size="sm" fw={500} truncate title={title}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`media.type.${media.media_type}`)} · {formatBytes(media.size)}
          </Text>
        </div>
      </div>
    </li>
  );
});
