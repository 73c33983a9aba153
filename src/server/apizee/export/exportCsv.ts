import { toCsv } from './csv.ts';
import { htmlToText } from '../../../contract/htmlText.ts';
import type { TicketExport } from './ticketExport.ts';

export const CSV_HEADER = ['section', 'name', 'value', 'timestamp', 'source'] as const;

/** `{a: {b: 1}, c: ['x', 'y']}` → `[['a.b', 1], ['c', 'x; y']]`: one row per leaf field. */
function flatten(value: unknown, prefix: string, into: [string, unknown][]): [string, unknown][] {
  if (Array.isArray(value)) {
    into.push([
      prefix,
      value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; '),
    ]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.push([prefix, value]);
  }
  return into;
}

/**
 * One table with the same five columns for every row: the ticket's fields (`ticket`), its medias
 * (`media`) and, when asked, its events (`event`, data as JSON). Cells are escaped against formula
 * injection by `toCsv`.
 */
export function ticketToCsv(data: TicketExport): string {
  const ticket = { ...data.ticket, description: htmlToText(data.ticket.description) };
  const rows: unknown[][] = [[...CSV_HEADER]];
  for (const [name, value] of flatten(ticket, '', [])) rows.push(['ticket', name, value, '', '']);
  for (const media of data.medias) {
    const value = `${media.media_type}, ${media.status}, ${media.mime_type}, ${media.size} bytes, ${media.url}`;
    rows.push(['media', media.title, value, media.created, media.source]);
  }
  for (const event of data.events ?? []) {
    rows.push(['event', event.eventName, JSON.stringify(event.data), event.timestamp, event.source]);
  }
  return toCsv(rows);
}
