import type { EXPORT_FORMATS } from '../../../contract/enums.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiUrl } from '../client.ts';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A download link for the ticket's export; the API answers with `Content-Disposition: attachment`. */
export function ticketExportUrl(ticketId: number, format: ExportFormat, withTimeline: boolean): string {
  return apiUrl(apiPaths.ticketExport(ticketId), { format, timeline: withTimeline });
}
