/**
 * Every number of the page leads to its tickets: the list view (a plain list URL) of the tickets a
 * number counts. All of the report's numbers are about tickets created in the period, so each is the
 * period's creation dates plus states, an agent (or nobody) and a group; the late ones also a start
 * time already passed.
 */
import { LATE_STATES, STATE_FAMILIES, type TicketState } from '../../contract/enums.ts';
import { utcMinute } from '../../lib/dates/dayBounds.ts';
import {
  DEFAULT_LIST_VIEW,
  isViewSupported,
  listViewToSearch,
  type ListCapabilities,
  type ListView,
} from '../../lib/list-view/ticketListView.ts';
import { paths } from '../../lib/routing/paths.ts';
import type { Period } from './supervisionView.ts';

export type DrillDown = {
  /** Created in this period, or (a bar of the per-day chart) in this window of instants. */
  created: Pick<Period, 'from' | 'to'> | { since: string; until: string };
  states?: readonly TicketState[];
  /** Started at or before this instant (the late ones, with `LATE_STATES`) [ext]. */
  startedBefore?: string;
  /** An agent's id, or `null` for the unassigned. */
  agent?: number | null;
  group?: number;
};

export type DrillContext = {
  /** Admins list the enterprise with the documented `user=all`; supervisors need `user=visible`. */
  admin: boolean;
  capabilities: ListCapabilities;
};

/** The states of a figure or a family. */
export const RESOLVED_STATES: readonly TicketState[] = STATE_FAMILIES.resolved;
export const ACTIVE_STATES: readonly TicketState[] = STATE_FAMILIES.active;

/** The late ones of `drill`: still new, open or invited, their start time passed by `now` (to the minute). */
export function lateDrill(drill: DrillDown, now: Date): DrillDown {
  return { ...drill, states: LATE_STATES, startedBefore: utcMinute(now) };
}

/** The list view of the tickets `drill` counts, or null when the list cannot show exactly those. */
export function drillDownView(drill: DrillDown, context: DrillContext): ListView | null {
  const created =
    'from' in drill.created
      ? { since: drill.created.from, until: drill.created.to }
      : { since: drill.created.since, until: drill.created.until };
  const user: ListView['user'] =
    drill.agent === null ? 'unassigned' : (drill.agent ?? (context.admin ? 'all' : 'visible'));
  const view: ListView = {
    ...DEFAULT_LIST_VIEW,
    ...created,
    states: [...(drill.states ?? [])],
    user,
    orderby: 'created',
    order: 'desc',
  };
  if (drill.group !== undefined) view.group = drill.group;
  if (drill.startedBefore !== undefined) view.startedBefore = drill.startedBefore;
  // The report counts every service; the list shows the default one unless told `service=all` [ext].
  const everyService: ListView = { ...view, service: 'all' };
  return isViewSupported(everyService, context.capabilities) ? everyService : null;
}

export function drillDownHref(drill: DrillDown, context: DrillContext): string | null {
  const view = drillDownView(drill, context);
  return view ? paths.tickets.href(listViewToSearch(view)) : null;
}

/** The window of a report day (a UTC date) within the period, as the list's date-time filters. */
export function reportDayWindow(date: string, period: Pick<Period, 'start' | 'end'>) {
  const dayStart = Date.parse(`${date}T00:00:00Z`);
  const since = Math.max(dayStart, period.start);
  const until = Math.min(dayStart + 86_400_000, period.end + 1);
  return { since: new Date(since).toISOString(), until: new Date(until).toISOString() };
}
