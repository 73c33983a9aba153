import type { ListView, UserFilter } from '../../../lib/list-view/ticketListView.ts';

/** `disabled`: a value upstream cannot answer (an [ext] it lacks); its label says so. */
export type Option = { value: string; label: string; disabled?: boolean };
export type OptionGroup = { group: string; items: Option[] };

/** Select values stand for view values; these two mark "no filter" for a control that needs a value. */
export const MY_TICKETS = 'me';
export const DEFAULT_SERVICE = 'default';

export function userToOption(user: UserFilter | undefined): string {
  return user === undefined ? MY_TICKETS : String(user);
}

export function optionToUser(value: string | null): UserFilter | undefined {
  if (!value || value === MY_TICKETS) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  return value as UserFilter;
}

export function optionToId(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The date part of a view date, for a date input. */
export function dateInputValue(value: ListView['since']): string {
  return value ? value.slice(0, 10) : '';
}
