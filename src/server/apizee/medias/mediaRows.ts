import type { Media } from '../../../contract/models.ts';
import { API_BASE, apiPaths } from '../../../contract/paths.ts';
import { formatApiDate } from '../../../contract/params.ts';
import type { MediaRow } from './repository.ts';

/** Videos and audio without a poster frame still get a neutral placeholder thumbnail. */
export function hasThumbnail(row: Pick<MediaRow, 'thumbnail_path' | 'media_type'>): boolean {
  return row.thumbnail_path !== null || row.media_type === 'video' || row.media_type === 'audio';
}

function parseTags(json: string): string[] {
  try {
    const tags: unknown = JSON.parse(json);
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}

/** A media object; `thumbnail_url` [ext] is absent when the server lacks thumbnails. */
export type ApiMedia = Omit<Media, 'thumbnail_url'> & Partial<Pick<Media, 'thumbnail_url'>>;

/**
 * The media object of the contract; `url` and `thumbnail_url` are absolute paths of this API.
 * `thumbnails` off (the extension), it has no `thumbnail_url`, as a real Apizee.
 */
export function toApiMedia(row: MediaRow, options: { thumbnails: boolean }): ApiMedia {
  const media: ApiMedia = {
    id: row.id,
    ticket_id: row.ticket_id,
    title: row.title,
    description: row.description,
    media_type: row.media_type,
    source: row.source,
    status: row.status,
    mime_type: row.mime_type,
    size: row.size,
    width: row.width,
    height: row.height,
    duration: row.duration,
    latitude: row.latitude,
    longitude: row.longitude,
    tags: parseTags(row.tags),
    user:
      row.user_id !== null && row.user_username !== null
        ? { id: row.user_id, username: row.user_username }
        : null,
    created: formatApiDate(row.created),
    url: `${API_BASE}${apiPaths.mediaDownload(row.id)}`,
  };
  if (options.thumbnails) {
    media.thumbnail_url = hasThumbnail(row) ? `${API_BASE}${apiPaths.mediaThumbnail(row.id)}` : null;
  }
  return media;
}
