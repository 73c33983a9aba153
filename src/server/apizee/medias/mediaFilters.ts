import type { MediaStatus } from '../../../contract/enums.ts';
import type { DownloadMediasParams, ListMediasParams } from '../../../contract/requests.ts';
import type { CurrentUser } from '../context.ts';
import { ApiError } from '../http/errors.ts';

/** The filters shared by the media list and the zip download (`ids` only comes with the zip). */
export type MediaFilters = Omit<ListMediasParams, 'offset' | 'limit'> &
  Pick<Partial<DownloadMediasParams>, 'ids'>;

export const DEFAULT_MEDIA_STATUSES: readonly MediaStatus[] = ['completed'];

/** `user=all` (every author's medias) is for admins only: a 403 for anyone else. */
export function checkMediaFilters(filters: MediaFilters, user: CurrentUser): void {
  if (filters.user === 'all' && user.role !== 'admin') {
    throw ApiError.forbidden('Only an administrator may list the medias of every user (user=all)');
  }
}
