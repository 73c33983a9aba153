/**
 * English names of the ticket list's columns, with their catalogue keys: the SPA's list messages spread
 * them, and the gateway's CSV export writes them as its header row, so both say the same words.
 */
export const TICKET_COLUMN_NAMES_EN = {
  'list.col.id': 'ID',
  'list.col.state': 'State',
  'list.col.subject': 'Subject',
  'list.col.reference': 'Reference',
  'list.col.requestor': 'Requestor',
  'list.col.agent': 'Agent',
  'list.col.group': 'Group',
  'list.col.type': 'Type',
  'list.col.start_time': 'Start',
  'list.col.end_time': 'End',
  'list.col.created': 'Created',
  'list.col.duration': 'Duration',
  'list.col.modified': 'Modified',
} as const;
