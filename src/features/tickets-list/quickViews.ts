/** Ready-made list views: each is nothing but a URL of the list. */
import { STATE_FAMILIES } from '../../contract/enums.ts';
import { toLocalDay } from '../../lib/dates/dayBounds.ts';
import { DEFAULT_LIST_VIEW, type ListView } from '../../lib/list-view/ticketListView.ts';

export const QUICK_VIEW_IDS = ['myOpen', 'unassigned', 'today', 'upcoming', 'recentlyClosed'] as const;
export type QuickViewId = (typeof QUICK_VIEW_IDS)[number];

/** `now` to the minute, in UTC (`2026-11-25T14:05Z`): short in a URL, exact enough for "upcoming". */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}

export function quickViews(now: Date, limit = DEFAULT_LIST_VIEW.limit): Record<QuickViewId, ListView> {
  const base: ListView = { ...DEFAULT_LIST_VIEW, states: [], limit };
  const today = toLocalDay(now);
  return {
    myOpen: { ...base, states: [...STATE_FAMILIES.active] },
    unassigned: { ...base, user: 'unassigned', states: [...STATE_FAMILIES.active] },
    today: { ...base, startedAfter: today, endedBefore: today, orderby: 'start_time', order: 'asc' },
    upcoming: {
      ...base,
      states: [...STATE_FAMILIES.active],
      startedAfter: utcMinute(now),
      orderby: 'start_time',
      order: 'asc',
    },
    recentlyClosed: { ...base, states: [...STATE_FAMILIES.resolved], orderby: 'modified', order: 'desc' },
  };
}
