import type { TicketOrderBy } from '../../../lib/list-view/ticketListView.ts';

/**
 * The columns a user may show, hide and reorder (the column chooser lists these). Their ids are
 * stable strings: stored in each user's preferences, read by the CSV export (useVisibleColumns).
 */
export const CHOOSABLE_COLUMNS = [
  'id',
  'state',
  'subject',
  'reference',
  'requestor',
  'agent',
  'group',
  'type',
  'start_time',
  'duration',
  'modified',
] as const;
export type TicketColumn = (typeof CHOOSABLE_COLUMNS)[number];

/** What a first visit shows: it fits a 1280 px screen beside the navigation without sideways scroll. */
export const DEFAULT_COLUMNS: readonly TicketColumn[] = [
  'id',
  'state',
  'subject',
  'requestor',
  'agent',
  'start_time',
  'modified',
];

/** The subject holds the row's link (it opens the ticket): it can move, never be hidden. */
export const ALWAYS_SHOWN: ReadonlySet<TicketColumn> = new Set(['subject']);

/**
 * Cells the chooser does not list: a leading one before the chosen columns (the bulk selection's
 * checkbox, given to the table as `leading`) and the row menu after them.
 */
export const TRAILING_COLUMN = 'actions';

/** Columns whose header sorts the list (the others have no `orderby` upstream). */
export const SORTABLE_COLUMNS: Partial<Record<TicketColumn, TicketOrderBy>> = {
  id: 'id',
  state: 'state',
  reference: 'reference',
  start_time: 'start_time',
  modified: 'modified',
};

export function isTicketColumn(value: unknown): value is TicketColumn {
  return typeof value === 'string' && (CHOOSABLE_COLUMNS as readonly string[]).includes(value);
}
