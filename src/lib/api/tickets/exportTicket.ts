import type { EXPORT_FORMATS } from '../../../contract/enums.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiUrl } from '../client.ts';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a readable export is worded: the person's language and time zone (the PDF's `lang` and `tz`). */
export type ExportReader = { lang: string; tz: string };

/** The browser's time zone (IANA name), or UTC when it has none to tell. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A download link for the ticket's export; the API answers with `Content-Disposition: attachment`.
 * The PDF is for people: it is written in `reader`'s language and time zone. JSON and CSV stay data.
 */
export function ticketExportUrl(
  ticketId: number,
  format: ExportFormat,
  withTimeline: boolean,
  reader?: ExportReader,
): string {
  const wording = format === 'pdf' && reader ? { lang: reader.lang, tz: reader.tz } : {};
  return apiUrl(apiPaths.ticketExport(ticketId), { format, timeline: withTimeline, ...wording });
}
