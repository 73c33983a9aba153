/**
 * The medias tab keeps its filters in the query string (`?status=failed&media_type=image&sort=size_desc`)
 * so a filtered gallery can be bookmarked and shared. Invalid values are dropped, never fatal.
 */
import {
  MEDIA_ORDER_BY,
  MEDIA_SOURCES,
  MEDIA_STATUSES,
  MEDIA_TYPES,
  SORT_ORDERS,
  type MediaSource,
  type MediaStatus,
  type MediaType,
} from '../../../contract/enums.ts';
import type { ListMediasInput } from '../../../contract/requests.ts';
import { parseLocalDay, periodBoundToParam } from '../../../lib/dates/dayBounds.ts';

type MediaOrderBy = (typeof MEDIA_ORDER_BY)[number];
type SortOrder = (typeof SORT_ORDERS)[number];

/** The sorts offered, as `<orderby>_<order>`; the first is the API's default. */
export const MEDIA_SORTS = [
  'date_desc',
  'date_asc',
  'title_asc',
  'title_desc',
  'size_desc',
  'size_asc',
  'media_type_asc',
] as const satisfies readonly `${MediaOrderBy}_${SortOrder}`[];
export type MediaSort = (typeof MEDIA_SORTS)[number];

export type MediaFilters = {
  /** Empty = every status (the gallery shows processing and failed medias with a badge). */
  status: MediaStatus[];
  mediaType: MediaType | null;
  source: MediaSource | null;
  tag: string;
  search: string;
  /** Local calendar days, `YYYY-MM-DD`. */
  since: string;
  until: string;
  sort: MediaSort;
};

export const DEFAULT_MEDIA_FILTERS: MediaFilters = {
  status: [],
  mediaType: null,
  source: null,
  tag: '',
  search: '',
  since: '',
  until: '',
  sort: 'date_desc',
};

const MAX_TEXT = 100;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function day(value: string | null): string {
  return parseLocalDay(value) ?? '';
}

function text(value: string | null): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, MAX_TEXT);
}

export function parseMediaFilters(search: URLSearchParams): MediaFilters {
  const status = (search.get('status') ?? '')
    .split(',')
    .flatMap((item) => oneOf(MEDIA_STATUSES, item.trim()) ?? []);
  return {
    status: [...new Set(status)],
    mediaType: oneOf(MEDIA_TYPES, search.get('media_type')),
    source: oneOf(MEDIA_SOURCES, search.get('source')),
    tag: text(search.get('tag')).trim(),
    search: text(search.get('search')),
    since: day(search.get('since')),
    until: day(search.get('until')),
    sort: oneOf(MEDIA_SORTS, search.get('sort')) ?? DEFAULT_MEDIA_FILTERS.sort,
  };
}

export function mediaFiltersToSearch(filters: MediaFilters): string {
  const search = new URLSearchParams();
  if (filters.status.length) search.set('status', filters.status.join(','));
  if (filters.mediaType) search.set('media_type', filters.mediaType);
  if (filters.source) search.set('source', filters.source);
  if (filters.tag) search.set('tag', filters.tag);
  if (filters.search.trim()) search.set('search', filters.search);
  if (filters.since) search.set('since', filters.since);
  if (filters.until) search.set('until', filters.until);
  if (filters.sort !== DEFAULT_MEDIA_FILTERS.sort) search.set('sort', filters.sort);
  return search.toString();
}

export function splitSort(sort: MediaSort): { orderby: MediaOrderBy; order: SortOrder } {
  const order = sort.endsWith('_asc') ? 'asc' : 'desc';
  return { orderby: sort.slice(0, sort.lastIndexOf('_')) as MediaOrderBy, order };
}

/** The wire parameters of the media list (and of the zip of "everything shown"). */
export function mediaFiltersToParams(filters: MediaFilters): Omit<ListMediasInput, 'offset' | 'limit'> {
  const { orderby, order } = splitSort(filters.sort);
  const params: Omit<ListMediasInput, 'offset' | 'limit'> = {
    status: (filters.status.length ? filters.status : MEDIA_STATUSES).join(','),
    orderby,
    order,
  };
  if (filters.mediaType) params.media_type = filters.mediaType;
  if (filters.source) params.source = filters.source;
  if (filters.tag) params.tag = filters.tag;
  if (filters.search.trim()) params.search = filters.search.trim();
  if (filters.since) params.since = periodBoundToParam(filters.since, 'start');
  if (filters.until) params.until = periodBoundToParam(filters.until, 'end');
  return params;
}

export function activeFilterCount(filters: MediaFilters): number {
  const { sort: _sort, ...rest } = filters;
  return Object.entries(rest).filter(([key, value]) =>
    Array.isArray(value)
      ? value.length > 0
      : value !== null && value !== DEFAULT_MEDIA_FILTERS[key as keyof MediaFilters],
  ).length;
}
