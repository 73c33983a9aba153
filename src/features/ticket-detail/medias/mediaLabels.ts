import { IconFile, IconMusic, IconPhoto, IconVideo, type Icon } from '@tabler/icons-react';
import type { MantineColor } from '@mantine/core';
import type { MediaStatus, MediaType } from '../../../contract/enums.ts';
import type { Media } from '../../../contract/models.ts';

export const MEDIA_TYPE_ICON: Record<MediaType, Icon> = {
  image: IconPhoto,
  video: IconVideo,
  audio: IconMusic,
  document: IconFile,
};

/** Badge colours for the statuses worth flagging on a thumbnail (completed needs no badge). */
export const MEDIA_STATUS_COLOR: Record<MediaStatus, MantineColor> = {
  pending: 'gray',
  processing: 'blue',
  completed: 'green',
  failed: 'red',
};

/** `1:05`, `12:00:03`: a media duration in seconds, as players show it. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function isViewable(media: Media): boolean {
  return media.status === 'completed';
}
