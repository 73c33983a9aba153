/**
 * Fetches the list's CSV from the gateway as a stream, counting its rows as they arrive (for the
 * progress bar), then hands the file to the browser as a download. Abortable at any moment.
 */
import { apiErrorSchema } from '../../../contract/errors.ts';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { CSV_TOTAL_HEADER, gatewayPaths } from '../../../contract/savedViews.ts';
import type { CsvColumn, CsvLanguage } from '../../../contract/ticketsCsv.ts';
import { toSearchParams } from '../../../lib/api/client.ts';
import { ApiError, NetworkError } from '../../../lib/api/errors.ts';

export type CsvRequest = {
  params: ListTicketsInput;
  columns: readonly CsvColumn[];
  language: CsvLanguage;
  timeZone: string;
};

/** The store is still being filled: `synced` of `total` (null when not known yet). */
export class StillSyncing extends Error {
  constructor(
    readonly synced: number,
    readonly total: number | null,
  ) {
    super('still syncing');
  }
}

export function csvUrl({ params, columns, language, timeZone }: CsvRequest): string {
  const { offset: _offset, limit: _limit, ...filters } = params;
  const query = toSearchParams({ ...filters, columns: columns.join(','), lang: language, tz: timeZone });
  return `${gatewayPaths.ticketsCsv}?${query.toString()}`;
}

async function refusal(response: Response): Promise<Error> {
  if (response.status === 409) {
    const [synced = '0', total = '?'] = (response.headers.get('X-Store-Sync') ?? '').split('/');
    return new StillSyncing(Number(synced) || 0, total === '?' ? null : Number(total));
  }
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
  const body = parsed.success ? parsed.data : null;
  return new ApiError(response.status, body?.message ?? response.statusText, body);
}

const NEWLINE = 10;

/** Downloads the CSV; `onProgress(rows, total)` as rows arrive. Resolves with the number of rows. */
export async function downloadCsv(
  request: CsvRequest,
  onProgress: (rows: number, total: number) => void,
  signal: AbortSignal,
): Promise<number> {
  let response: Response;
  try {
    response = await fetch(csvUrl(request), {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new NetworkError(error);
  }
  if (!response.ok || !response.body) throw await refusal(response);
  const total = Number(response.headers.get(CSV_TOTAL_HEADER)) || 0;
  onProgress(0, total);
  const chunks: Uint8Array[] = [];
  // Lines, less the header; a subject with a line break counts twice, so the count is capped.
  let lines = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) if (byte === NEWLINE) lines += 1;
    onProgress(Math.min(Math.max(lines - 1, 0), total), total);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? 'tickets.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return total;
}
