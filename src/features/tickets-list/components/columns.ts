import type { TicketOrderBy } from '../../../lib/list-view/ticketListView.ts';

export const TICKET_COLUMNS = [
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
  'actions',
] as const;
export type TicketColumn = (typeof TICKET_COLUMNS)[number];

/** Columns whose header sorts the list (the others have no `orderby` upstream). */
export const SORTABLE_COLUMNS: Partial<Record<TicketColumn, TicketOrderBy>> = {
  id: 'id',
  state: 'state',
  reference: 'reference',
  start_time: 'start_time',
  modified: 'modified',
};
