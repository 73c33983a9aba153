/**
 * The supervision page's view ⇄ its URL query string, like the list's filters: a period preset (or a
 * custom range of local days), a group and an agent. Anything invalid in the URL is dropped.
 */
import { parseLocalDay, toLocalDay } from '../../lib/dates/dayBounds.ts';

export const PERIOD_PRESETS = ['today', '7d', '30d', 'month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type SupervisionView = {
  preset: PeriodPreset;
  /** Local days (`YYYY-MM-DD`), only with the `custom` preset. */
  from?: string;
  to?: string;
  group?: number;
  agent?: number;
};

export const DEFAULT_SUPERVISION_VIEW: SupervisionView = { preset: '7d' };

/** A period of whole local days: `start` is the first day's midnight, `end` the last millisecond of `to`. */
export type Period = { from: string; to: string; start: number; end: number; days: number };

const id = (raw: string | null) => (raw !== null && /^[1-9]\d{0,11}$/.test(raw) ? Number(raw) : undefined);

export function parseSupervisionView(search: URLSearchParams): SupervisionView {
  const preset =
    PERIOD_PRESETS.find((value) => value === search.get('period')) ?? DEFAULT_SUPERVISION_VIEW.preset;
  const view: SupervisionView = { preset };
  if (preset === 'custom') {
    const from = parseLocalDay(search.get('from'));
    const to = parseLocalDay(search.get('to'));
    if (from && to && from <= to) Object.assign(view, { from, to });
    else view.preset = DEFAULT_SUPERVISION_VIEW.preset;
  }
  const group = id(search.get('group'));
  if (group !== undefined) view.group = group;
  const agent = id(search.get('agent'));
  if (agent !== undefined) view.agent = agent;
  return view;
}

/** The canonical query string (no `?`): the default period left out. */
export function supervisionViewToSearch(view: SupervisionView): string {
  const params = new URLSearchParams();
  if (view.preset !== DEFAULT_SUPERVISION_VIEW.preset) params.set('period', view.preset);
  if (view.preset === 'custom' && view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  if (view.group !== undefined) params.set('group', String(view.group));
  if (view.agent !== undefined) params.set('agent', String(view.agent));
  return params.toString();
}

const dayOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The period of local days from `from` to `to`, both included. */
export function periodOfDays(from: string, to: string): Period {
  const first = dayOf(from);
  const last = dayOf(to);
  const days = Math.round((last.getTime() - first.getTime()) / 86_400_000) + 1;
  return { from, to, start: first.getTime(), end: addDays(last, 1).getTime() - 1, days };
}

/** The period a view shows, with `now` deciding what "today" is. */
export function periodOf(view: SupervisionView, now: Date): Period {
  const today = toLocalDay(now);
  const back = (days: number) => toLocalDay(addDays(now, -days));
  switch (view.preset) {
    case 'today':
      return periodOfDays(today, today);
    case '30d':
      return periodOfDays(back(29), today);
    case 'month':
      return periodOfDays(toLocalDay(new Date(now.getFullYear(), now.getMonth(), 1)), today);
    case 'custom':
      return periodOfDays(view.from ?? today, view.to ?? today);
    default:
      return periodOfDays(back(6), today);
  }
}

/** The period of as many days that ends the day before `period` starts. */
export function previousPeriodOf(period: Period): Period {
  const first = dayOf(period.from);
  return periodOfDays(toLocalDay(addDays(first, -period.days)), toLocalDay(addDays(first, -1)));
}

/** The report call's parameters of a period and the view's filters. */
export function reportInput(period: Period, view: Pick<SupervisionView, 'group' | 'agent'>) {
  return {
    startTime: new Date(period.start).toISOString(),
    endTime: new Date(period.end).toISOString(),
    ...(view.agent !== undefined && { userId: view.agent }),
    ...(view.group !== undefined && { groupId: view.group }),
  };
}
