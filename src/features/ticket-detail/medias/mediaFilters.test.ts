import {
  activeFilterCount,
  DEFAULT_MEDIA_FILTERS,
  mediaFiltersToParams,
  mediaFiltersToSearch,
  parseMediaFilters,
  type MediaFilters,
} from './mediaFilters.ts';

describe('media filters in the query string', () => {
  it('round-trips every filter', () => {
    const filters: MediaFilters = {
      status: ['processing', 'failed'],
      mediaType: 'video',
      source: 'recording',
      tag: 'meter',
      search: 'boiler room',
      since: '2026-01-02',
      until: '2026-02-03',
      sort: 'size_desc',
    };
    expect(parseMediaFilters(new URLSearchParams(mediaFiltersToSearch(filters)))).toEqual(filters);
  });

  it('leaves defaults out of the URL', () => {
    expect(mediaFiltersToSearch(DEFAULT_MEDIA_FILTERS)).toBe('');
    expect(parseMediaFilters(new URLSearchParams(''))).toEqual(DEFAULT_MEDIA_FILTERS);
  });

  it('drops invalid values without failing', () => {
    const junk = new URLSearchParams(
      'status=done,failed,%00&media_type=hologram&source=x&sort=random&since=2026-13-45&until=yesterday&tag=%01a',
    );
    expect(parseMediaFilters(junk)).toEqual({ ...DEFAULT_MEDIA_FILTERS, status: ['failed'], tag: 'a' });
  });

  it('builds the wire parameters: every status by default, sort split, local days as instants', () => {
    const params = mediaFiltersToParams({
      ...DEFAULT_MEDIA_FILTERS,
      since: '2026-01-02',
      until: '2026-01-02',
      sort: 'title_asc',
    });
    expect(params.status).toBe('pending,processing,completed,failed');
    expect(params).toMatchObject({ orderby: 'title', order: 'asc' });
    const since = Date.parse(String(params.since));
    const until = Date.parse(String(params.until));
    expect(until - since).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(new Date(since).getDate()).toBe(2);
    expect(mediaFiltersToParams({ ...DEFAULT_MEDIA_FILTERS, sort: 'media_type_asc' })).toMatchObject({
      orderby: 'media_type',
    });
  });

  it('counts the active filters, not the sort', () => {
    expect(activeFilterCount({ ...DEFAULT_MEDIA_FILTERS, sort: 'size_asc' })).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_MEDIA_FILTERS, status: ['failed'], tag: 'x' })).toBe(2);
  });
});
