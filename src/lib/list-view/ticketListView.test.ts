import { TICKET_ORDER_BY } from '../../contract/enums.ts';
import { listTicketsParamsSchema } from '../../contract/requests.ts';
import {
  activeFilters,
  ALL_LIST_CAPABILITIES,
  clampPage,
  isViewSupported,
  lastPage,
  pageRange,
  unsupportedFilters,
  DEFAULT_LIST_VIEW,
  lastListView,
  listViewToParams,
  listViewToSearch,
  parseListView,
  PAGE_SIZES,
  rememberListView,
  withFilters,
  withoutFilter,
  withoutFilters,
  type ListView,
} from './ticketListView.ts';

const parse = (search: string, options?: Parameters<typeof parseListView>[1]) =>
  parseListView(new URLSearchParams(search), options);

const FULL_VIEW: ListView = {
  search: 'broken boiler',
  since: '2026-01-01',
  until: '2026-01-31',
  startedAfter: '2026-02-01T08:30Z',
  startedBefore: '2026-02-20T17:45Z',
  endedBefore: '2026-02-28',
  states: ['open', 'invited'],
  type: 'assistance_multi',
  reference: 'CASE-42',
  requestor: 17,
  user: 5,
  group: 3,
  service: 'a'.repeat(32),
  orderby: 'reference',
  order: 'asc',
  page: 4,
  limit: 50,
};

describe('parseListView / listViewToSearch', () => {
  it('reads the default view from an empty query string', () => {
    expect(parse('')).toEqual(DEFAULT_LIST_VIEW);
    expect(listViewToSearch(DEFAULT_LIST_VIEW)).toBe('');
  });

  it('round-trips every parameter through the URL', () => {
    const search = listViewToSearch(FULL_VIEW);
    expect(parse(search)).toEqual(FULL_VIEW);
    expect(listViewToSearch(parse(search))).toBe(search);
  });

  it.each([
    ['search', 'search=hello', { search: 'hello' }],
    ['state', 'state=new,done', { states: ['new', 'done'] }],
    ['user id', 'user=12', { user: 12 }],
    ['user unassigned', 'user=unassigned', { user: 'unassigned' }],
    ['user visible', 'user=visible', { user: 'visible' }],
    ['user all', 'user=all', { user: 'all' }],
    ['type', 'type=assistance', { type: 'assistance' }],
    ['reference', 'reference=REF-1', { reference: 'REF-1' }],
    ['requestor', 'requestor=9', { requestor: 9 }],
    ['group', 'group=2', { group: 2 }],
    ['service key', `service=${'b1'.repeat(16)}`, { service: 'b1'.repeat(16) }],
    ['all services', 'service=all', { service: 'all' }],
    ['since', 'since=2026-03-01', { since: '2026-03-01' }],
    ['until', 'until=2026-03-02T10:00:00Z', { until: '2026-03-02T10:00:00Z' }],
    ['started_after', 'started_after=2026-03-03', { startedAfter: '2026-03-03' }],
    ['started_before', 'started_before=2026-03-05T09:15Z', { startedBefore: '2026-03-05T09:15Z' }],
    ['started_before day', 'started_before=2026-03-05', { startedBefore: '2026-03-05' }],
    ['ended_before', 'ended_before=2026-03-04', { endedBefore: '2026-03-04' }],
    ['page', 'page=3', { page: 3 }],
    ['limit', 'limit=100', { limit: 100 }],
  ] as const)('keeps %s', (_name, search, expected) => {
    const view = parse(search);
    expect(view).toMatchObject(expected);
    expect(parse(listViewToSearch(view))).toEqual(view);
  });

  it.each(TICKET_ORDER_BY)('round-trips orderby=%s in both orders', (orderby) => {
    for (const order of ['asc', 'desc'] as const) {
      const view = { ...DEFAULT_LIST_VIEW, orderby, order };
      expect(parse(listViewToSearch(view))).toEqual(view);
    }
  });

  it.each(PAGE_SIZES)('round-trips page size %i', (limit) => {
    const view = { ...DEFAULT_LIST_VIEW, limit };
    expect(parse(listViewToSearch(view))).toEqual(view);
  });

  it.each([
    ['unknown state', 'state=open,bogus'],
    ['empty state list', 'state=,,'],
    ['bad user', 'user=-3'],
    ['user word', 'user=somebody'],
    ['bad type', 'type=video'],
    ['requestor not a number', 'requestor=abc'],
    ['group zero', 'group=0'],
    ['bad service', 'service=short'],
    ['bad date', 'since=2026-02-30'],
    ['date junk', 'started_after=yesterday'],
    ['started_before junk', 'started_before=now'],
    ['started_before impossible', 'started_before=2026-02-30T10:00Z'],
    ['bad orderby', 'orderby=subject'],
    ['bad order', 'order=up'],
    ['page zero', 'page=0'],
    ['page junk', 'page=2abc'],
    ['negative page', 'page=-1'],
    ['limit not offered', 'limit=30'],
    ['limit huge', 'limit=100000'],
    ['blank search', 'search=%20%20'],
    ['control characters', 'search=%00%01'],
  ])('drops an invalid value (%s) and keeps the rest', (_name, search) => {
    expect(parse(`${search}&reference=KEEP`)).toEqual({ ...DEFAULT_LIST_VIEW, reference: 'KEEP' });
  });

  it('drops user=all for someone who may not see all users', () => {
    expect(parse('user=all', { canSeeAllUsers: false }).user).toBeUndefined();
    expect(parse('user=visible', { canSeeAllUsers: false }).user).toBe('visible');
  });

  describe('against an upstream without our list extensions', () => {
    const none = { stateFilter: false, startedBeforeFilter: false, userScopes: false, allServices: false };

    it('drops state, started_before, the user scopes and service=all, never sending what upstream would ignore or refuse', () => {
      const view = parse(
        'state=open,new&started_before=2026-03-05T09:15Z&user=visible&service=all&reference=KEEP',
        { capabilities: none },
      );
      expect(view).toEqual({ ...DEFAULT_LIST_VIEW, reference: 'KEEP' });
      expect(listViewToParams(view)).not.toHaveProperty('state');
      expect(listViewToParams(view)).not.toHaveProperty('started_before');
      expect(listViewToParams(view)).not.toHaveProperty('user');
      expect(listViewToParams(view)).not.toHaveProperty('service');
    });

    it('keeps the documented values: a user id, user=all for an admin, a service key', () => {
      const key = 'a'.repeat(32);
      expect(parse(`user=12&service=${key}`, { capabilities: none })).toMatchObject({
        user: 12,
        service: key,
      });
      expect(parse('user=all', { capabilities: none, canSeeAllUsers: true }).user).toBe('all');
    });

    it('names what it cannot answer, one extension at a time', () => {
      const view = parse('state=open&started_before=2026-03-05T09:15Z&user=unassigned&service=all');
      expect(unsupportedFilters(view, none)).toEqual(['states', 'startedBefore', 'user', 'service']);
      expect(unsupportedFilters(view, { ...none, stateFilter: true })).toEqual([
        'startedBefore',
        'user',
        'service',
      ]);
      expect(unsupportedFilters(view, { ...none, startedBeforeFilter: true })).toEqual([
        'states',
        'user',
        'service',
      ]);
      expect(unsupportedFilters(view, ALL_LIST_CAPABILITIES)).toEqual([]);
      expect(isViewSupported(parse('user=12'), none)).toBe(true);
    });
  });

  it('survives junk without throwing', () => {
    const junk = [
      '%E0%A4%A',
      '&&&==',
      'state[]=open',
      'page=1e9',
      `search=${'x'.repeat(5000)}`,
      '__proto__=1',
      'limit=NaN',
    ];
    for (const search of junk) {
      expect(() => parse(search)).not.toThrow();
      expect(listViewToParams(parse(search))).toBeDefined();
    }
  });

  it('writes commas readably and leaves defaults out', () => {
    expect(listViewToSearch({ ...DEFAULT_LIST_VIEW, states: ['open', 'new'] })).toBe('state=open,new');
  });
});

describe('listViewToParams', () => {
  it('produces parameters the List Tickets contract accepts', () => {
    const params = listViewToParams(FULL_VIEW);
    const parsed = listTicketsParamsSchema.safeParse(params);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(params).toMatchObject({
      search: 'broken boiler',
      state: 'open,invited',
      started_before: '2026-02-20T17:45:00+00:00',
      user: 5,
      type: 'assistance_multi',
      reference: 'CASE-42',
      requestor: 17,
      group: 3,
      orderby: 'reference',
      order: 'asc',
      limit: 50,
      offset: 150,
    });
  });

  it('leaves absent filters out, so upstream applies its defaults (my tickets, default service)', () => {
    expect(listViewToParams(DEFAULT_LIST_VIEW)).toEqual({
      orderby: 'start_time',
      order: 'desc',
      limit: 25,
      offset: 0,
    });
  });

  it('sends a date-only period as its local midnights, the upper one exclusive', () => {
    const start = new Date(2026, 2, 10).getTime();
    const end = new Date(2026, 2, 11).getTime();
    const params = listViewToParams({ ...DEFAULT_LIST_VIEW, since: '2026-03-10', until: '2026-03-10' });
    expect(Date.parse(String(params.since))).toBe(start);
    expect(Date.parse(String(params.until))).toBe(end);
  });

  it('keeps a date-time as that instant', () => {
    const params = listViewToParams({ ...DEFAULT_LIST_VIEW, endedBefore: '2026-02-01T08:30Z' });
    expect(params.ended_before).toBe('2026-02-01T08:30:00+00:00');
  });

  it('sends started_before as that instant, or a day as the whole day (its closing midnight)', () => {
    const late = listViewToParams({ ...DEFAULT_LIST_VIEW, startedBefore: '2026-11-25T14:05Z' });
    expect(late.started_before).toBe('2026-11-25T14:05:00+00:00');
    const day = listViewToParams({ ...DEFAULT_LIST_VIEW, startedBefore: '2026-03-10' });
    expect(Date.parse(String(day.started_before))).toBe(new Date(2026, 2, 11).getTime());
  });
});

describe('filter helpers', () => {
  it('lists active filters and removes them one by one, back to page 1', () => {
    expect(activeFilters(FULL_VIEW)).toHaveLength(13);
    const without = withoutFilter(FULL_VIEW, 'states');
    expect(without.states).toEqual([]);
    expect(without.page).toBe(1);
    expect(withoutFilter(FULL_VIEW, 'group').group).toBeUndefined();
  });

  it('resets every filter but keeps sort and page size', () => {
    expect(withoutFilters(FULL_VIEW)).toEqual({
      ...DEFAULT_LIST_VIEW,
      orderby: 'reference',
      order: 'asc',
      limit: 50,
    });
  });

  it('changing a filter returns to the first page', () => {
    expect(withFilters(FULL_VIEW, { search: 'other' })).toMatchObject({ search: 'other', page: 1 });
  });
});

describe('remembered list view', () => {
  it('remembers the last view of this tab', () => {
    sessionStorage.clear();
    expect(lastListView()).toBe('');
    rememberListView('state=open&page=2');
    expect(lastListView()).toBe('state=open&page=2');
  });
});

describe('paging past the end', () => {
  it('clamps a page beyond the last to the last, and below the first to the first', () => {
    expect(clampPage(2096, 25, 102)).toBe(5);
    expect(clampPage(5, 25, 102)).toBe(5);
    expect(clampPage(3, 25, 102)).toBe(3);
    expect(clampPage(0, 25, 102)).toBe(1);
    expect(clampPage(4, 25, 100)).toBe(4);
    expect(clampPage(5, 25, 100)).toBe(4);
    expect(clampPage(7, 10, 0)).toBe(1);
    expect(lastPage(0, 25)).toBe(1);
    expect(lastPage(101, 100)).toBe(2);
  });

  it('gives a true range whatever the page asked', () => {
    expect(pageRange(1, 25, 102)).toEqual({ from: 1, to: 25 });
    expect(pageRange(5, 25, 102)).toEqual({ from: 101, to: 102 });
    expect(pageRange(999, 25, 102)).toEqual({ from: 101, to: 102 });
    expect(pageRange(10, 10, 102)).toEqual({ from: 91, to: 100 });
    expect(pageRange(11, 10, 102)).toEqual({ from: 101, to: 102 });
    expect(pageRange(3, 25, 0)).toEqual({ from: 0, to: 0 });
    expect(pageRange(1, 25, 1)).toEqual({ from: 1, to: 1 });
  });
});
