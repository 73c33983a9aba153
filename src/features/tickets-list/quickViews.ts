/** Ready-made list views, each nothing but a URL of the list, scoped to the person's role. */
import { STATE_FAMILIES, type Role } from '../../contract/enums.ts';
import { toLocalDay, utcMinute } from '../../lib/dates/dayBounds.ts';
import {
  DEFAULT_LIST_VIEW,
  unsupportedFilters,
  type ListCapabilities,
  type ListView,
  type UserFilter,
} from '../../lib/list-view/ticketListView.ts';

export const QUICK_VIEW_IDS = [
  'myOpen',
  'active',
  'unassigned',
  'today',
  'upcoming',
  'recentlyClosed',
] as const;
export type QuickViewId = (typeof QUICK_VIEW_IDS)[number];

/** A known role, or null for a user whose roles grant nothing here (treated as an agent, the narrowest). */
export type ListRole = Role | null;

/**
 * Whose tickets a role works on: an agent his own (and his groups' unassigned, on landing), a
 * supervisor every ticket he may see (his groups', `user=visible` [ext]), an admin the enterprise's
 * (`user=all`, documented).
 */
export function teamScope(role: ListRole): UserFilter | undefined {
  if (role === 'admin') return 'all';
  if (role === 'supervisor') return 'visible';
  return undefined;
}

/** The quick views a role is offered: an agent starts from his own open tickets, the others from the team's. */
export function quickViewIds(role: ListRole): QuickViewId[] {
  const first: QuickViewId = teamScope(role) === undefined ? 'myOpen' : 'active';
  return [first, 'unassigned', 'today', 'upcoming', 'recentlyClosed'];
}

function withoutUndefined(view: ListView): ListView {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as ListView;
}

export function quickViews(
  now: Date,
  limit = DEFAULT_LIST_VIEW.limit,
  role: ListRole = 'agent',
): Record<QuickViewId, ListView> {
  const base: ListView = { ...DEFAULT_LIST_VIEW, states: [], limit };
  const team = withoutUndefined({ ...base, user: teamScope(role) });
  const today = toLocalDay(now);
  return {
    myOpen: { ...base, states: [...STATE_FAMILIES.active] },
    active: { ...team, states: [...STATE_FAMILIES.active] },
    unassigned: { ...base, user: 'unassigned', states: [...STATE_FAMILIES.active] },
    today: { ...team, startedAfter: today, endedBefore: today, orderby: 'start_time', order: 'asc' },
    upcoming: {
      ...team,
      states: [...STATE_FAMILIES.active],
      startedAfter: utcMinute(now),
      orderby: 'start_time',
      order: 'asc',
    },
    recentlyClosed: { ...team, states: [...STATE_FAMILIES.resolved], orderby: 'modified', order: 'desc' },
  };
}

/**
 * Where the list opens for a role: the active tickets it works on (an agent: his own and his groups'
 * unassigned, i.e. every ticket he may see; a supervisor: his groups'; an admin: the enterprise's),
 * without the filters this upstream cannot answer, so the first screen is never a refused request.
 */
export function landingView(role: ListRole, capabilities: ListCapabilities): ListView {
  const view: ListView = {
    ...DEFAULT_LIST_VIEW,
    user: role === 'admin' ? 'all' : 'visible',
    states: [...STATE_FAMILIES.active],
  };
  for (const field of unsupportedFilters(view, capabilities)) {
    if (field === 'states') view.states = [];
    else view[field] = undefined;
  }
  return withoutUndefined(view);
}
