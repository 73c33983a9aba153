/** The CSV of the ticket list (`GET /gateway/tickets.csv`): its columns and languages. */

/** Every column the CSV can hold; the SPA sends the list's visible ones, in their order. */
export const CSV_COLUMNS = [
  'id',
  'state',
  'subject',
  'reference',
  'requestor',
  'agent',
  'group',
  'type',
  'start_time',
  'end_time',
  'created',
  'duration',
  'modified',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Without `columns`: the list's default columns. */
export const DEFAULT_CSV_COLUMNS: readonly CsvColumn[] = [
  'id',
  'state',
  'subject',
  'requestor',
  'agent',
  'start_time',
  'modified',
];

export const CSV_LANGUAGES = ['en', 'fr'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

export function isCsvColumn(value: string): value is CsvColumn {
  return (CSV_COLUMNS as readonly string[]).includes(value);
}
