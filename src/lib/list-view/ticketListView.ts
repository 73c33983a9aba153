/**
 * The ticket list's view (filters, sort, page) ⇄ its URL query string ⇄ the List Tickets parameters.
 * The URL is the state of the list: anything invalid in it is dropped, never trusted, never fatal.
 */
import {
  SORT_ORDERS,
  TICKET_ORDER_BY,
  TICKET_STATES,
  TICKET_TYPES,
  type TicketState,
  type TicketType,
} from '../../contract/enums.ts';
// The zod-free rules of the List Tickets parameters (classic zod stays off the first screen).
import {
  ALL_SERVICES,
  enumListItems,
  integerProblem,
  parseIsoDate,
  SERVICE_KEY,
  textProblem,
  ticketUserValue,
  type TicketUserScope,
} from '../../contract/paramRules.ts';
import type { ListTicketsInput } from '../../contract/requests.ts';
import { periodBoundToParam, type PeriodEnd } from '../dates/dayBounds.ts';

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type TicketOrderBy = (typeof TICKET_ORDER_BY)[number];
export type SortOrder = 'asc' | 'desc';
/** A user id or a scope; absent means "my tickets" (upstream's default). */
export type UserFilter = number | TicketUserScope;

export type ListView = {
  search?: string;
  /** Created at or after / before. Dates are `YYYY-MM-DD` (a local day) or ISO date-times. */
  since?: string;
  until?: string;
  startedAfter?: string;
  /** Start time at or before [ext]: with the active states, the tickets that are late. */
  startedBefore?: string;
  endedBefore?: string;
  states: TicketState[];
  type?: TicketType;
  reference?: string;
  requestor?: number;
  user?: UserFilter;
  group?: number;
  /** A service key, or `all`; absent means the enterprise's default service. */
  service?: string;
  orderby: TicketOrderBy;
  order: SortOrder;
  page: number;
  limit: PageSize;
};

export const DEFAULT_LIST_VIEW: ListView = {
  states: [],
  orderby: 'start_time',
  order: 'desc',
  page: 1,
  limit: 25,
};

/** The view's filters (everything but sort and paging), in the order the UI lists them. */
export const FILTER_FIELDS = [
  'search',
  'states',
  'user',
  'type',
  'reference',
  'requestor',
  'group',
  'service',
  'since',
  'until',
  'startedAfter',
  'startedBefore',
  'endedBefore',
] as const satisfies readonly (keyof ListView)[];
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Query-string names: the API's own parameter names, plus `page` instead of `offset`. */
const URL_KEYS = {
  search: 'search',
  states: 'state',
  user: 'user',
  type: 'type',
  reference: 'reference',
  requestor: 'requestor',
  group: 'group',
  service: 'service',
  since: 'since',
  until: 'until',
  startedAfter: 'started_after',
  startedBefore: 'started_before',
  endedBefore: 'ended_before',
  orderby: 'orderby',
  order: 'order',
  page: 'page',
  limit: 'limit',
} as const satisfies Record<FilterField | 'orderby' | 'order' | 'page' | 'limit', string>;

const DATE_FIELDS = ['since', 'until', 'startedAfter', 'startedBefore', 'endedBefore'] as const;
type DateField = (typeof DATE_FIELDS)[number];
/** Which end of its period each date filter fills (see lib/dates/dayBounds.ts). */
const PERIOD_END: Record<DateField, PeriodEnd> = {
  since: 'start',
  startedAfter: 'start',
  until: 'end',
  startedBefore: 'end',
  endedBefore: 'end',
};
const MAX_PAGE = 1_000_000;

/** A URL value checked by one of the contract's rules: the value, or undefined when missing or invalid. */
function valid<T>(raw: string | null, check: (text: string) => T | null | undefined): T | undefined {
  const text = raw?.trim();
  return text ? (check(text) ?? undefined) : undefined;
}

const text = (max: number) => (value: string) => (textProblem(value, max) ? null : value);
const id = (value: string) => (integerProblem(value, 1) ? null : Number(value));
const oneOf =
  <const T extends readonly string[]>(values: T) =>
  (value: string) =>
    values.includes(value) ? (value as T[number]) : null;
const serviceFilter = (value: string) => (value === ALL_SERVICES || SERVICE_KEY.test(value) ? value : null);
const isoDate = (value: string) => (parseIsoDate(value) === null ? null : value);

function positiveInt(raw: string | null, max: number): number | undefined {
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : undefined;
}

/**
 * The list parameters that are extensions of ours ([ext]): false when upstream lacks them. Upstream
 * would ignore `state` and `started_before` (a silently wrong list) and refuse `user=unassigned|visible` and `service=all`
 * (400), so a view never carries them then. Absent means supported.
 */
export type ListCapabilities = {
  stateFilter: boolean;
  startedBeforeFilter: boolean;
  userScopes: boolean;
  allServices: boolean;
};
export const ALL_LIST_CAPABILITIES: ListCapabilities = {
  stateFilter: true,
  startedBeforeFilter: true,
  userScopes: true,
  allServices: true,
};

export type ParseOptions = {
  /** `user=all` is for admins only; for anyone else it is dropped rather than sent to get a 403. */
  canSeeAllUsers?: boolean;
  /** What upstream can filter by; the filters it cannot are dropped (see `unsupportedFilters`). */
  capabilities?: ListCapabilities;
};

/** The filters that may need an [ext]: states, the start-time upper bound, the user scopes, all services. */
export type ExtensionFilter = 'states' | 'startedBefore' | 'user' | 'service';

/** The filters of `view` that upstream cannot answer. */
export function unsupportedFilters(view: ListView, capabilities: ListCapabilities): ExtensionFilter[] {
  const fields: ExtensionFilter[] = [];
  if (!capabilities.stateFilter && view.states.length > 0) fields.push('states');
  if (!capabilities.startedBeforeFilter && view.startedBefore !== undefined) fields.push('startedBefore');
  if (!capabilities.userScopes && (view.user === 'unassigned' || view.user === 'visible'))
    fields.push('user');
  if (!capabilities.allServices && view.service === ALL_SERVICES) fields.push('service');
  return fields;
}

/** Whether a view can be asked of upstream as it is (a quick view, a link). */
export function isViewSupported(view: ListView, capabilities: ListCapabilities): boolean {
  return unsupportedFilters(view, capabilities).length === 0;
}

export function parseListView(search: URLSearchParams, options: ParseOptions = {}): ListView {
  const get = (key: string) => search.get(key);
  const view: ListView = { ...DEFAULT_LIST_VIEW, states: [] };

  const searchText = valid(get(URL_KEYS.search), text(200));
  if (searchText) view.search = searchText;
  const reference = valid(get(URL_KEYS.reference), text(100));
  if (reference) view.reference = reference;
  for (const field of DATE_FIELDS) view[field] = valid(get(URL_KEYS[field]), isoDate);
  view.states = valid(get(URL_KEYS.states), (value) => enumListItems(TICKET_STATES, value)) ?? [];
  view.type = valid(get(URL_KEYS.type), oneOf(TICKET_TYPES));
  view.requestor = valid(get(URL_KEYS.requestor), id);
  view.group = valid(get(URL_KEYS.group), id);
  view.service = valid(get(URL_KEYS.service), serviceFilter);
  const user = valid(get(URL_KEYS.user), ticketUserValue);
  if (user !== undefined && (user !== 'all' || options.canSeeAllUsers !== false)) view.user = user;
  if (options.capabilities) {
    for (const field of unsupportedFilters(view, options.capabilities)) {
      if (field === 'states') view.states = [];
      else view[field] = undefined;
    }
  }

  view.orderby = valid(get(URL_KEYS.orderby), oneOf(TICKET_ORDER_BY)) ?? DEFAULT_LIST_VIEW.orderby;
  view.order = valid(get(URL_KEYS.order), oneOf(SORT_ORDERS)) ?? DEFAULT_LIST_VIEW.order;
  view.page = positiveInt(get(URL_KEYS.page), MAX_PAGE) ?? 1;
  const limit = positiveInt(get(URL_KEYS.limit), 100);
  view.limit = (PAGE_SIZES as readonly number[]).includes(limit ?? 0)
    ? (limit as PageSize)
    : DEFAULT_LIST_VIEW.limit;
  return stripUndefined(view);
}

function stripUndefined(view: ListView): ListView {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as ListView;
}

/** The List Tickets parameters of a view (also the list's query key: equal views share a cache entry). */
export function listViewToParams(view: ListView): ListTicketsInput {
  const params: ListTicketsInput = {
    search: view.search,
    state: view.states.length > 0 ? view.states.join(',') : undefined,
    user: view.user,
    type: view.type,
    reference: view.reference,
    requestor: view.requestor,
    group: view.group,
    service: view.service,
    since: view.since && periodBoundToParam(view.since, PERIOD_END.since),
    until: view.until && periodBoundToParam(view.until, PERIOD_END.until),
    started_after: view.startedAfter && periodBoundToParam(view.startedAfter, PERIOD_END.startedAfter),
    started_before: view.startedBefore && periodBoundToParam(view.startedBefore, PERIOD_END.startedBefore),
    ended_before: view.endedBefore && periodBoundToParam(view.endedBefore, PERIOD_END.endedBefore),
    orderby: view.orderby,
    order: view.order,
    limit: view.limit,
    offset: (view.page - 1) * view.limit,
  };
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** The canonical query string of a view (no `?`): defaults left out, keys in a fixed order. */
export function listViewToSearch(view: ListView): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  put(URL_KEYS.search, view.search);
  put(URL_KEYS.states, view.states.join(','));
  put(URL_KEYS.user, view.user);
  put(URL_KEYS.type, view.type);
  put(URL_KEYS.reference, view.reference);
  put(URL_KEYS.requestor, view.requestor);
  put(URL_KEYS.group, view.group);
  put(URL_KEYS.service, view.service);
  for (const field of DATE_FIELDS) put(URL_KEYS[field], view[field]);
  if (view.orderby !== DEFAULT_LIST_VIEW.orderby) put(URL_KEYS.orderby, view.orderby);
  if (view.order !== DEFAULT_LIST_VIEW.order) put(URL_KEYS.order, view.order);
  if (view.page !== 1) put(URL_KEYS.page, view.page);
  if (view.limit !== DEFAULT_LIST_VIEW.limit) put(URL_KEYS.limit, view.limit);
  // Commas and colons stay readable in the address bar; both are legal in a query string.
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The last page of a list of `total` tickets (1 for an empty list: there is always a first page). */
export function lastPage(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** A page past the end of the list is its last page (a link, a page size or a list that shrank). */
export function clampPage(page: number, limit: number, total: number): number {
  return Math.min(Math.max(1, page), lastPage(total, limit));
}

/** The tickets a page shows, 1-based and inclusive ("91–102 of 102"); 0–0 for an empty list. */
export function pageRange(page: number, limit: number, total: number): { from: number; to: number } {
  if (total <= 0) return { from: 0, to: 0 };
  const shown = clampPage(page, limit, total);
  return { from: (shown - 1) * limit + 1, to: Math.min(total, shown * limit) };
}

export function isFilterActive(view: ListView, field: FilterField): boolean {
  return field === 'states' ? view.states.length > 0 : view[field] !== undefined;
}

export function activeFilters(view: ListView): FilterField[] {
  return FILTER_FIELDS.filter((field) => isFilterActive(view, field));
}

/** A view with some filters changed: back to the first page, since the old page may not exist. */
export function withFilters(view: ListView, patch: Partial<Pick<ListView, FilterField>>): ListView {
  return stripUndefined({ ...view, ...patch, page: 1 });
}

export function withoutFilter(view: ListView, field: FilterField): ListView {
  return withFilters(view, field === 'states' ? { states: [] } : { [field]: undefined });
}

/** Every filter cleared; sort and page size stay as chosen. */
export function withoutFilters(view: ListView): ListView {
  return { ...DEFAULT_LIST_VIEW, states: [], orderby: view.orderby, order: view.order, limit: view.limit };
}

const STORAGE_KEY = 'apizee.ticket-list-view';

/** Remembers the list view the user last looked at (this tab only), for "Tickets" and prev/next. */
export function rememberListView(search: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, search);
  } catch {
    // Storage full or disabled: the feature degrades to the default view.
  }
}

/** The query string (no `?`) of the last list view seen in this tab, or '' for the default view. */
export function lastListView(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}
