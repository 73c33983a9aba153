import { stat } from 'node:fs/promises';
import { contentDisposition, cleanFilename } from '../http/contentDisposition.ts';
import { createUniqueNamer, mediaExtension, mediaFilename } from './mediaFilename.ts';
import { MEDIA_SECURITY_HEADERS } from './mediaHeaders.ts';
import type { MediaRow } from './repository.ts';
import { resolveMediaPath } from './storage.ts';
import { createZipStream, type ZipEntry } from './zipStream.ts';

/** MIME types whose data is already compressed: deflating them again only costs CPU. */
function isAlreadyCompressed(mimeType: string): boolean {
  return /^(image\/(jpeg|png|webp|gif)|video\/|audio\/)/.test(mimeType) || mimeType === 'application/zip';
}

/**
 * The zip entries for media rows: only `completed` medias whose file is on disk (a `processing`,
 * `pending` or `failed` media has no final file, so it is left out rather than failing the zip), each
 * under a distinct, cleaned name built from its title.
 */
export async function zipEntriesFor(dataDir: string, rows: readonly MediaRow[]): Promise<ZipEntry[]> {
  const uniqueName = createUniqueNamer();
  const entries: ZipEntry[] = [];
  for (const row of rows) {
    if (row.status !== 'completed' || !row.file_path) continue;
    const filePath = resolveMediaPath(dataDir, row.file_path);
    const stats = await stat(filePath).catch(() => null);
    if (!stats?.isFile()) continue;
    const extension = mediaExtension(row.file_path, row.mime_type);
    entries.push({
      filePath,
      name: uniqueName(mediaFilename(row.title, extension, `media-${row.id}`)),
      size: stats.size,
      mtime: new Date(row.created),
      compress: !isAlreadyCompressed(row.mime_type),
    });
  }
  return entries;
}

/** The downloaded file's name: the `filename` parameter cleaned, without a `.zip` the user typed. */
export function zipFilename(requested: string | undefined, ticketId: number): string {
  const fallback = `ticket-${ticketId}-medias`;
  const name = cleanFilename((requested ?? '').replace(/\.zip$/i, ''), fallback);
  return `${name}.zip`;
}

/**
 * A streamed `application/zip` attachment of the given entries. For HEAD the stream is cancelled at
 * once (Hono drops a HEAD body without cancelling it, which would leave a file open).
 */
export async function zipResponse(
  entries: readonly ZipEntry[],
  filename: string,
  method = 'GET',
): Promise<Response> {
  const zip = await createZipStream(entries);
  const headers = new Headers({
    'Content-Type': 'application/zip',
    'Content-Disposition': contentDisposition('attachment', filename),
    'Cache-Control': 'private, no-store',
    ...MEDIA_SECURITY_HEADERS,
  });
  if (zip.size !== null) headers.set('Content-Length', String(zip.size));
  if (method === 'HEAD') {
    await zip.body.cancel();
    return new Response(null, { status: 200, headers });
  }
  return new Response(zip.body, { status: 200, headers });
}
