import { Stack, Text } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Media } from '../../../contract/models.ts';
import { MediaPlayer } from './MediaPlayer.tsx';
import { MEDIA_TYPE_ICON } from './mediaLabels.ts';
import { ZoomableImage } from './ZoomableImage.tsx';

/** The media itself: a zoomable image, a player, or a note when it cannot be shown. */
export function MediaViewer({ media }: { media: Media }) {
  const { t } = useI18n();
  const title = media.title || t('media.untitled');
  if (media.status !== 'completed' || media.media_type === 'document') {
    const Icon = MEDIA_TYPE_ICON[media.media_type];
    return (
      <Stack align="center" gap="sm" p="xl" c="gray.3">
        <Icon size={64} aria-hidden />
        <Text ta="center">
          {media.status !== 'completed'
            ? t('media.lightbox.notReady', { status: t(`media.status.${media.status}`) })
            : t('media.lightbox.document')}
        </Text>
      </Stack>
    );
  }
  if (media.media_type === 'image') {
    return <ZoomableImage src={media.url} alt={title} width={media.width} height={media.height} />;
  }
  return <MediaPlayer media={media} label={title} />;
}
