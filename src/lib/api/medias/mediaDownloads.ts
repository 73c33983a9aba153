import { apiPaths } from '../../../contract/paths.ts';
import type { ListMediasInput } from '../../../contract/requests.ts';
import { apiUrl } from '../client.ts';

/** The zip of a ticket's medias: the chosen ids, or every media matching the filters. */
export function mediasZipUrl(
  ticketId: number,
  options: {
    filename?: string;
    ids?: readonly number[];
    filters?: Omit<ListMediasInput, 'offset' | 'limit'>;
  },
): string {
  const filename = options.filename?.trim();
  return apiUrl(apiPaths.ticketMediasZip(ticketId), {
    ...options.filters,
    ids: options.ids,
    filename: filename || undefined,
  });
}

export function defaultZipFilename(ticketId: number): string {
  return `ticket-${ticketId}-medias`;
}
