/**
 * French names of the ticket list's columns, with their catalogue keys: the SPA's list messages spread
 * them, and the gateway's CSV export writes them as its header row, so both say the same words.
 */
export const TICKET_COLUMN_NAMES_FR = {
  'list.col.id': 'N°',
  'list.col.state': 'État',
  'list.col.subject': 'Objet',
  'list.col.reference': 'Référence',
  'list.col.requestor': 'Demandeur',
  'list.col.agent': 'Agent',
  'list.col.group': 'Groupe',
  'list.col.type': 'Type',
  'list.col.start_time': 'Début',
  'list.col.end_time': 'Fin',
  'list.col.created': 'Créé',
  'list.col.duration': 'Durée',
  'list.col.modified': 'Modifié',
} as const;
