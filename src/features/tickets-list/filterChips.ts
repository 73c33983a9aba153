import type { I18n } from '../../lib/i18n/I18nProvider.tsx';
import { activeFilters, type FilterField, type ListView } from '../../lib/list-view/ticketListView.ts';
import type { FilterChip } from './components/FilterChips.tsx';
import type { FilterLabels } from './useFilterOptions.ts';

const FIELD_NAMES: Record<FilterField, Parameters<I18n['t']>[0]> = {
  search: 'list.filter.search',
  states: 'list.filter.states',
  user: 'list.filter.user',
  type: 'list.filter.type',
  reference: 'list.filter.reference',
  requestor: 'list.filter.requestor',
  group: 'list.filter.group',
  service: 'list.filter.service',
  since: 'list.filter.since',
  until: 'list.filter.until',
  startedAfter: 'list.filter.startedAfter',
  startedBefore: 'list.filter.startedBefore',
  endedBefore: 'list.filter.endedBefore',
};

function formatViewDate(value: string, i18n: I18n): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? i18n.formatDate(`${value}T12:00:00`)
    : i18n.formatDateTime(value);
}

function valueLabel(view: ListView, field: FilterField, labels: FilterLabels, i18n: I18n): string {
  const { t } = i18n;
  switch (field) {
    case 'states':
      return view.states.map((state) => t(`state.${state}`)).join(', ');
    case 'user':
      if (typeof view.user === 'number') return labels.user(view.user);
      return t(`list.filter.user.${view.user ?? 'mine'}`);
    case 'type':
      return view.type ? t(`type.${view.type}`) : '';
    case 'requestor':
      return view.requestor === undefined ? '' : labels.requestor(view.requestor);
    case 'group':
      return view.group === undefined ? '' : labels.group(view.group);
    case 'service':
      return view.service ? labels.service(view.service) : '';
    case 'since':
    case 'until':
    case 'startedAfter':
    case 'startedBefore':
    case 'endedBefore': {
      const value = view[field];
      return value ? formatViewDate(value, i18n) : '';
    }
    default:
      return view[field] ?? '';
  }
}

/** A chip per active filter, named and valued in the user's language. */
export function filterChips(view: ListView, labels: FilterLabels, i18n: I18n): FilterChip[] {
  return activeFilters(view).map((field) => ({
    field,
    name: i18n.t(FIELD_NAMES[field]),
    value: valueLabel(view, field, labels, i18n),
  }));
}
